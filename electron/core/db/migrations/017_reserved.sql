-- Reserved: number 017 was given to another session working in parallel (018: status posts), whose migration
-- had not landed when 019 (AI replies) did; the loader needs an unbroken sequence. That session replaces this
-- no-op with its own file (a database already at 019 then needs its statements applied by hand: dev data only).
SELECT 1;
