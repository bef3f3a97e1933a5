"""The person's own details ("About me"): the profile table.

Revision ID: 0002
Revises: 0004

"Told to stop" becomes yes / no / not said without touching any stored revision: revisions are
hashed into the audit chain, so they are never rewritten. The codec reads an old tick-box
`false` as "not said" and new revisions store "yes", "no" or null (docs/decisions.md).
"""

import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("phones", sa.Text(), nullable=False),
        sa.Column("emails", sa.Text(), nullable=False),
        sa.Column("addresses", sa.Text(), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    # Settings an earlier version read (but nothing could set) carry over, so nothing is lost.
    conn = op.get_bind()
    old = {
        key: json.loads(value)
        for key, value in conn.execute(
            sa.text(
                "SELECT key, value FROM settings WHERE key IN "
                "('owner_name', 'own_phones', 'own_emails', 'own_addresses')"
            )
        )
    }
    if old:
        conn.execute(
            sa.text(
                "INSERT INTO profile (id, name, phones, emails, addresses, other, region, updated_at)"
                " VALUES (1, :name, :phones, :emails, :addresses, '[]', 'GB', :at)"
            ),
            {
                "name": str(old.get("owner_name") or ""),
                "phones": json.dumps(list(old.get("own_phones") or [])),
                "emails": json.dumps(list(old.get("own_emails") or [])),
                "addresses": json.dumps([{"text": a} for a in old.get("own_addresses") or []]),
                "at": datetime.now().astimezone().replace(microsecond=0).isoformat(),
            },
        )


def downgrade() -> None:
    op.drop_table("profile")
