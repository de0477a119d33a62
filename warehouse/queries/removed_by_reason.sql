-- The cleaning audit trail: how many lines each reason removed, with an example.
SELECT reason, count(*) AS lines, any_value(text) AS example
FROM removed
GROUP BY reason
ORDER BY lines DESC;
