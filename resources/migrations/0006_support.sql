-- 0006: what the support screens record beyond 0003: the goal of a mentoring pair and
-- the role a member plays in a community or an active (codes: core/support/community.cpp).
ALTER TABLE mentoring_pair ADD COLUMN goal TEXT NOT NULL DEFAULT '';
ALTER TABLE community_member ADD COLUMN role TEXT NOT NULL DEFAULT 'member';
CREATE INDEX community_member_community ON community_member(community_id);
