"""Cohorts: scheduling the four sessions, invitations, attendance and the trainer's view."""
