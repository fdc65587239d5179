# Reference verdicts over every count consistent with printed percents (issue 13), for
# ReadingVerdictsReferenceTest. Run from the repository root:
#   Rscript src/test/resources/stats/reference-readings.R
# Each case lists the consistent counts of side A and side B ("x/n;x/n"); "paired" sides are the
# two members of one printed split (the k-th count of A goes with the k-th of B), "product" sides
# combine freely. Every combination is tested with R's pooled two-proportion test
# prop.test(c(xB, xA), c(nB, nA), correct = FALSE) (two-sided; its X-squared is z squared); a
# combination with fewer than 5 cases on a side, or every case answered the same way, is not
# tested (the app's guard). At alpha = 0.1 the verdict is significant when every combination is
# tested and p < alpha, not_significant when none is significant, depends otherwise, not_tested
# when none is tested. Written with R 4.2 (Debian's r-base-core).
cases <- data.frame(
  case = c("swansea 2.2.2 community vs licence", "swansea 2.4.3.e community vs licence",
           "swansea 2.3.2.a against somerset", "an untested reading among significant ones",
           "not significant under any reading", "significant under every reading",
           "a pool at its point, lowest and highest rate"),
  mode = c("paired", "paired", "product", "product", "product", "product", "product"),
  a = c("10/24", "8/24;4/12", "16/40;8/20", "2/4;10/20", "5/10;10/20", "2/20;1/10", "13/42"),
  b = c("14/16", "10/16;5/8", "28/42", "18/20", "6/10;12/20", "15/20;8/10", "120/200;110/200;131/200"),
  stringsAsFactors = FALSE)
parse <- function(s) {
  parts <- strsplit(strsplit(s, ";")[[1]], "/")
  list(x = sapply(parts, function(p) as.integer(p[1])), n = sapply(parts, function(p) as.integer(p[2])))
}
p_of <- function(xa, na, xb, nb) {
  if (na < 5 || nb < 5 || xa + xb == 0 || xa + xb == na + nb) return(NA)
  prop.test(c(xb, xa), c(nb, na), correct = FALSE)$p.value
}
out <- do.call(rbind, lapply(seq_len(nrow(cases)), function(i) {
  a <- parse(cases$a[i]); b <- parse(cases$b[i])
  if (cases$mode[i] == "paired") {
    ps <- mapply(function(k) p_of(a$x[k], a$n[k], b$x[k], b$n[k]), seq_along(a$x))
  } else {
    ps <- c(); for (j in seq_along(a$x)) for (k in seq_along(b$x)) ps <- c(ps, p_of(a$x[j], a$n[j], b$x[k], b$n[k]))
  }
  tested <- ps[!is.na(ps)]
  sig <- sum(tested < 0.1)
  verdict <- if (length(tested) == 0) "not_tested" else if (sig == length(ps)) "significant" else if (sig == 0) "not_significant" else "depends"
  data.frame(case = cases$case[i], mode = cases$mode[i], a = cases$a[i], b = cases$b[i], combinations = length(ps),
             p_min = if (length(tested)) sprintf("%.15g", min(tested)) else "",
             p_max = if (length(tested)) sprintf("%.15g", max(tested)) else "", verdict = verdict)
}))
write.csv(out, "src/test/resources/stats/reference-readings.csv", row.names = FALSE, quote = TRUE)
