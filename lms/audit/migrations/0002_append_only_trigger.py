"""On PostgreSQL the database itself refuses to change or delete an audit entry, whatever the
code path (raw SQL, a shell, another application using the same role). Other databases rely
on the model's guards. TRUNCATE stays possible: it is what resets a test database, and no
application code path issues it."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    -- The one change allowed: a reference set to NULL when the person or organisation it
    -- points to is deleted (on_delete=SET_NULL); the entry's own text never changes.
    IF TG_OP = 'UPDATE'
        AND (NEW.id, NEW.at, NEW.action, NEW.actor_label, NEW.target_type, NEW.target_id,
             NEW.target_label, NEW.data, NEW.ip_address)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.at, OLD.action, OLD.actor_label, OLD.target_type, OLD.target_id,
             OLD.target_label, OLD.data, OLD.ip_address)
        AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
        AND (NEW.subject_id IS NULL OR NEW.subject_id = OLD.subject_id)
        AND (NEW.organisation_id IS NULL OR NEW.organisation_id = OLD.organisation_id)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_auditentry_append_only
    BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_auditentry_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS audit_auditentry_append_only ON audit_auditentry;
DROP FUNCTION IF EXISTS audit_auditentry_append_only();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_audit_entry")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
