"""`daybook demo` fills every court section: orders and breaches, an order asked for with its
reasons, risk answers, changes to daily life, attachments, facts about the person, a statement."""

from __future__ import annotations

from diary.demo import fill_demo
from diary.records.service import Diary
from diary.vault import Vault


def test_the_demo_fills_every_court_record(vault: Vault) -> None:
    diary = Diary(vault)
    fill_demo(diary, incidents=80, messages=20, seed=3)
    orders = diary.list_orders()
    assert [(o.ref, o.status) for o in orders] == [("ORD-1", "in-force"), ("ORD-2", "asked-for")]
    in_force, asked = orders
    assert in_force.copy_exhibit is not None
    assert sum(len(c.breaches) for c in in_force.conditions) > 0
    served = in_force.served
    assert served is not None
    assert all(b.occurred_start.date() >= served for c in in_force.conditions for b in c.breaches)
    assert any(c.reasons for c in asked.conditions)
    answered = [a for a in diary.risk_answers() if a.answer]
    assert 0 < len(answered) < 11  # some topics are left "not said"
    assert len(diary.list_life_changes()) == 4
    assert {a.kind for a in diary.list_attachments()} == {"order", "police-letter"}
    mark = diary.find_person("Mark Ellison")
    assert mark is not None and mark.photo and mark.addresses
    assert mark.sources["addresses:14 Carlton Street, Leeds"].label == "told by his sister"
    statement = diary.statement()
    assert statement is not None and statement.data.witness == "Jo Smith"
    assert any("breached condition" in p.text for p in statement.data.paragraphs)
    assert diary.audit_problems() == []
    # A second run adds incidents but no second set of orders.
    fill_demo(diary, incidents=5, messages=0, seed=4)
    assert len(diary.list_orders()) == 2


def test_the_demo_can_leave_the_court_records_out(vault: Vault) -> None:
    diary = Diary(vault)
    fill_demo(diary, incidents=10, messages=0, court=False)
    assert diary.list_orders() == [] and diary.statement() is None
