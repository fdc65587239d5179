# Reference values for the stats package tests (org.probation.analytics.stats).
#
# Run from the repository root, with R from Debian's r-base-core (written with R 4.2.2):
#
#   Rscript src/test/resources/stats/reference.R
#
# It writes, next to this script, with every number printed by sprintf("%.17g"):
#   reference-two-proportions.csv  pooled z-test, Fisher, Wilson, Newcombe and Cohen's h per case
#   reference-one-sample.csv       one-sample score test and Wilson interval per case
#   reference-p-adjust.csv         Benjamini-Hochberg and Holm adjusted p-values per family
#   reference-mdd.csv              minimum detectable difference per case
# The cases come from set.seed(20240604) plus hand-picked edge cases, so a rerun gives the same files.
#
# Where each figure comes from:
#   z          the explicit pooled formula (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)), checked against
#              prop.test(correct = FALSE)$statistic, which is z^2
#   p-values   prop.test(correct = FALSE, alternative = ...)$p.value (two.sided, greater, less);
#              one sample: prop.test(x, n, p = p0, correct = FALSE, alternative = ...)$p.value
#   Wilson     prop.test(x, n, correct = FALSE, conf.level = level)$conf.int (two-sided), checked
#              against the explicit Wilson score formula
#   Newcombe   method 10 of Newcombe (1998), computed explicitly here from the two Wilson limits above:
#              low = d - sqrt((p1 - l1)^2 + (u2 - p2)^2), high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2)
#   Fisher     fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE))$p.value (two-sided)
#   h          the explicit formula 2 asin(sqrt(p1)) - 2 asin(sqrt(p2))
#   BH, Holm   p.adjust(p, method = "BH") and p.adjust(p, method = "holm")
#   MDD        the root d of d = qnorm(1 - alpha/2) sqrt(pbar (1 - pbar) (1/n1 + 1/n2))
#                              + qnorm(power) sqrt(p1 (1 - p1)/n1 + p2 (1 - p2)/n2),
#              p1 = baseline, p2 = p1 + d, pbar = (n1 p1 + n2 p2)/(n1 + n2), found by uniroot(tol = 1e-15)
#              on the first sign change of a 1024-step grid over (0, 1 - baseline]; NA when there is
#              none; checked against power.prop.test(n, p1, power, sig.level, tol = 1e-15) when n1 = n2
#              and the baseline is above 0 (power.prop.test divides 0 by 0 there).
# Cases where prop.test does not apply (pooled proportion 0 or 1) have NA for z and the p-values;
# the Java tests expect "not tested" there. Invalid inputs (n = 0, x > n) are not here: the Java
# tests check their messages instead.

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out <- if (length(script) == 1) dirname(normalizePath(script)) else "."

num <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))

write_table <- function(df, name) {
  cols <- lapply(df, function(col) if (is.numeric(col) && !is.integer(col)) num(col) else as.character(col))
  lines <- c(paste(names(df), collapse = ","), do.call(paste, c(cols, sep = ",")))
  writeLines(lines, file.path(out, name))
  cat(name, ":", nrow(df), "rows\n")
}

wilson <- function(x, n, level) {
  ci <- suppressWarnings(prop.test(x, n, correct = FALSE, conf.level = level))$conf.int
  z <- qnorm((1 + level) / 2)
  p <- x / n
  centre <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  half <- z / (1 + z^2 / n) * sqrt(p * (1 - p) / n + z^2 / (4 * n^2))
  stopifnot(isTRUE(all.equal(c(ci[1], ci[2]), c(max(0, centre - half), min(1, centre + half)),
                             tolerance = 1e-12)))
  c(ci[1], ci[2])
}

set.seed(20240604)
levels <- c(0.9, 0.9, 0.9, 0.9, 0.95, 0.8, 0.99, 0.5)

# ---- two proportions -------------------------------------------------------------------------
cases <- data.frame(x1 = integer(), n1 = integer(), x2 = integer(), n2 = integer(), level = numeric())
add <- function(x1, n1, x2, n2, level = 0.9) {
  cases[nrow(cases) + 1, ] <<- list(as.integer(x1), as.integer(n1), as.integer(x2), as.integer(n2), level)
}
for (n1 in 1:200) {                                   # every n1 from 1 to 200, random n2 and counts
  n2 <- sample(1:200, 1)
  add(sample(0:n1, 1), n1, sample(0:n2, 1), n2, sample(levels, 1))
}
for (n in c(1, 4, 5, 7, 20, 40, 200)) {               # x = 0 and x = n, alone and together
  add(0, n, 1, 10); add(n, n, 9, 10); add(0, n, n, n); add(n, n, 0, n)
  add(0, n, 0, 25); add(n, n, 25, 25)                 # pooled 0 and pooled 1: not tested
}
for (k in c(1, 3, 11, 20, 50)) {                      # equal proportions: z = 0, p = 1
  add(k, 2 * k + 3, k, 2 * k + 3); add(k, 2 * k + 3, 2 * k, 4 * k + 6)
}
add(5, 10, 10, 20); add(20, 40, 40, 80); add(9, 30, 60, 200)
add(0, 200, 200, 200); add(200, 200, 0, 200)          # very large |z| (20)
add(1, 200, 199, 200); add(10, 200, 190, 200); add(2, 150, 195, 200); add(198, 200, 3, 180)
add(11, 20, 59, 85); add(8, 25, 9, 25); add(24, 32, 19, 34)   # counts from the seed reports
add(10, 11, 7, 11); add(4, 11, 7, 11); add(17, 22, 18, 27); add(8, 13, 9, 25)
add(11, 20, 59, 85, 0.95); add(11, 20, 59, 85, 0.8)
# pools as large as a national or regional benchmark's (tens of thousands of cases) against one
# inspection, or two regions: Fisher's support is then up to min(n1, n2) + 1 tables wide
add(21, 40, 18211, 30125); add(39, 40, 18211, 30125); add(3, 38, 25010, 29876); add(18211, 30125, 21, 40)
add(2400, 5000, 2555, 5100); add(0, 40, 9000, 30000); add(12, 40, 29996, 30000); add(40, 40, 5, 30000)

two <- do.call(rbind, lapply(seq_len(nrow(cases)), function(i) {
  with(cases[i, ], {
    p1 <- x1 / n1; p2 <- x2 / n2; pooled <- (x1 + x2) / (n1 + n2)
    tested <- pooled > 0 && pooled < 1
    z <- p_two <- p_greater <- p_less <- NA
    if (tested) {
      z <- (p1 - p2) / sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
      pt <- function(alt) suppressWarnings(prop.test(c(x1, x2), c(n1, n2), correct = FALSE, alternative = alt))
      two_sided <- pt("two.sided")
      stopifnot(isTRUE(all.equal(z^2, unname(two_sided$statistic), tolerance = 1e-12)))
      p_two <- two_sided$p.value; p_greater <- pt("greater")$p.value; p_less <- pt("less")$p.value
    }
    fisher <- fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2, byrow = TRUE))$p.value
    a <- wilson(x1, n1, level); b <- wilson(x2, n2, level)
    d <- p1 - p2
    data.frame(case = i, x1, n1, x2, n2, level, z, p_two_sided = p_two, p_greater, p_less, fisher_p = fisher,
               ci_a_low = a[1], ci_a_high = a[2], ci_b_low = b[1], ci_b_high = b[2],
               diff_ci_low = d - sqrt((p1 - a[1])^2 + (b[2] - p2)^2),
               diff_ci_high = d + sqrt((a[2] - p1)^2 + (p2 - b[1])^2),
               h = 2 * asin(sqrt(p1)) - 2 * asin(sqrt(p2)))
  })
}))
write_table(two, "reference-two-proportions.csv")

# ---- one sample against a fixed p0 -----------------------------------------------------------
one_cases <- data.frame(x = integer(), n = integer(), p0 = numeric(), level = numeric())
add1 <- function(x, n, p0, level = 0.9) {
  one_cases[nrow(one_cases) + 1, ] <<- list(as.integer(x), as.integer(n), p0, level)
}
for (n in 1:200) add1(sample(0:n, 1), n, round(runif(1, 0.01, 0.99), 2), sample(levels, 1))
for (n in c(1, 5, 20, 85, 200)) { add1(0, n, 0.5); add1(n, n, 0.5); add1(0, n, 0.1, 0.95); add1(n, n, 0.9, 0.8) }
add1(5, 10, 0.5); add1(17, 20, 0.85); add1(69, 100, 0.69)                   # z = 0
add1(0, 200, 0.95); add1(200, 200, 0.05); add1(1, 200, 0.9)                # very large |z|
add1(11, 20, 0.82); add1(59, 85, 0.75); add1(11, 20, 0.5, 0.999); add1(11, 20, 0.5, 0.01)

one <- do.call(rbind, lapply(seq_len(nrow(one_cases)), function(i) {
  with(one_cases[i, ], {
    pt <- function(alt) suppressWarnings(prop.test(x, n, p = p0, correct = FALSE, alternative = alt))
    z <- (x / n - p0) / sqrt(p0 * (1 - p0) / n)
    stopifnot(isTRUE(all.equal(z^2, unname(pt("two.sided")$statistic), tolerance = 1e-12)))
    ci <- wilson(x, n, level)
    data.frame(case = i, x, n, p0, level, z, p_two_sided = pt("two.sided")$p.value,
               p_greater = pt("greater")$p.value, p_less = pt("less")$p.value, ci_low = ci[1], ci_high = ci[2])
  })
}))
write_table(one, "reference-one-sample.csv")

# ---- multiple comparisons --------------------------------------------------------------------
families <- list(
  c(0.04),
  c(0.01, 0.04),
  runif(5), runif(10), runif(20) / 5, runif(50),
  c(0.01, 0.01, 0.03, 0.03, 0.03, 0.2, 0.5),                        # ties
  c(0, 1, 0.5, 0, 1e-12, 0.999),                                     # zeros and ones
  c(1e-10, 2e-9, 0.002, 0.003, 0.004, 0.07, 0.08, 0.3),
  two$p_two_sided[!is.na(two$p_two_sided)][1:40])                    # p-values of the cases above
adjusted <- do.call(rbind, lapply(seq_along(families), function(f) {
  p <- families[[f]]
  data.frame(family = f, index = seq_along(p), p = p,
             bh = p.adjust(p, method = "BH"), holm = p.adjust(p, method = "holm"))
}))
write_table(adjusted, "reference-p-adjust.csv")

# ---- minimum detectable difference -----------------------------------------------------------
mdd <- function(n1, n2, b, alpha, power) {
  za <- qnorm(1 - alpha / 2); zb <- qnorm(power)
  f <- function(d) {
    p2 <- b + d; pbar <- (n1 * b + n2 * p2) / (n1 + n2)
    d - za * sqrt(max(0, pbar * (1 - pbar)) * (1 / n1 + 1 / n2)) -
      zb * sqrt(max(0, b * (1 - b) / n1 + p2 * (1 - p2) / n2))
  }
  grid <- (1 - b) * (1:1024) / 1024
  k <- which(vapply(grid, f, 0) >= 0)[1]
  if (is.na(k)) return(NA)
  lower <- if (k == 1) .Machine$double.xmin else grid[k - 1]
  d <- uniroot(f, c(lower, grid[k]), tol = 1e-15, maxiter = 10000)$root
  if (n1 == n2 && b > 0) {
    ppt <- power.prop.test(n = n1, p1 = b, power = power, sig.level = alpha, tol = 1e-15)$p2 - b
    stopifnot(isTRUE(all.equal(d, ppt, tolerance = 1e-9)))
  }
  d
}
mdd_cases <- expand.grid(n1 = c(5, 20, 40, 85), n2 = c(5, 20, 85, 200), baseline = c(0, 0.1, 0.55, 0.9),
                         alpha = c(0.1, 0.05), power = 0.8)
mdd_cases <- rbind(mdd_cases,
  data.frame(n1 = c(1, 1, 2, 3, 20, 20, 200, 100, 30, 11),
             n2 = c(1, 4, 2, 3, 20, 85, 200, 100, 30, 20),
             baseline = c(0.9, 0.5, 0.5, 0.1, 0.55, 0.69, 0.25, 0.5, 0.95, 0.7),
             alpha = c(0.1, 0.1, 0.1, 0.1, 0.01, 0.1, 0.1, 0.05, 0.1, 0.2),
             power = c(0.8, 0.8, 0.8, 0.8, 0.9, 0.8, 0.5, 0.95, 0.8, 0.8)))
mdd_cases$mdd <- mapply(mdd, mdd_cases$n1, mdd_cases$n2, mdd_cases$baseline, mdd_cases$alpha, mdd_cases$power)
mdd_cases$n1 <- as.integer(mdd_cases$n1); mdd_cases$n2 <- as.integer(mdd_cases$n2)
write_table(cbind(case = seq_len(nrow(mdd_cases)), mdd_cases), "reference-mdd.csv")
