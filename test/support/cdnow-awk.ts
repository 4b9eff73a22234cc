/**
 * The CDNOW conversion exactly as README.md shows it: one awk program turning
 * the whitespace-separated sample (no header, CRLF) into an orders CSV.
 * order_id = customer-date, so purchases on the same day are summed into one
 * order (the data set's own convention).
 */
export const CDNOW_AWK = `BEGIN { OFS = ","; print "customer_id,order_id,ordered_at,quantity,amount" }
{ sub(/\\r$/, ""); print $2 + 0, ($2 + 0) "-" $3, $3, $4, $5 }`;
