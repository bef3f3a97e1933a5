"""import times: a photo's "file saved" time is kept apart from its capture time

Revision ID: 0004
Revises: 0003

A photo that says only when a program last saved it keeps that weaker time in
exhibits.file_saved_at, never in captured_at. (A message whose time is not known, an email
with no readable date, is stored with an empty messages.sent_at and sent_sort, which needs
no change to the table: rebuilding messages would cascade to its links.) Every existing row
is kept as it was.
"""

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch rebuild: rebuilding exhibits would drop and recreate the
# table, and its links (ON DELETE CASCADE) would go with it. SQLite 3.35+ drops columns.
def upgrade() -> None:
    op.add_column("exhibits", sa.Column("file_saved_at", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("exhibits", "file_saved_at")
