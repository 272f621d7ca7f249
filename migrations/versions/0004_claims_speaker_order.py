"""claims speaker order: one index for `claims --speaker` in the listing's order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 20:07:03

`ix_claims_speaker_order (speaker_id, article_id, start)` hands a speaker's claims over
newest article first and in text order, so `claims --speaker X --limit N` reads N index
entries instead of sorting all of the speaker's claims. It replaces
`ix_claims_speaker_id`: its leading column serves every look-up by speaker_id alone.

Plain create/drop index, not batch mode: on SQLite a batch ("move and copy") rebuild of
`claims` would drop the FTS5 triggers of 0003; an index needs no rebuild.
"""
from typing import Sequence, Union

from alembic import op


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_claims_speaker_order', 'claims',
                    ['speaker_id', 'article_id', 'start'], unique=False)
    op.drop_index('ix_claims_speaker_id', table_name='claims')


def downgrade() -> None:
    op.create_index('ix_claims_speaker_id', 'claims', ['speaker_id'], unique=False)
    op.drop_index('ix_claims_speaker_order', table_name='claims')
