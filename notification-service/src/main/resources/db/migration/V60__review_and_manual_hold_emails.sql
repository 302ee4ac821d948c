-- Issue 15: emails about review requests (to the people who must act, the requester, the credit
-- managers) and about a manual hold on a large account (to its sales manager).
alter table email drop constraint email_kind_check;
alter table email add constraint email_kind_check
    check (kind in ('hold', 'digest', 'escalation', 'manager', 'admin', 'welcome', 'policy',
                    'review', 'manual_hold'));
