"""Hand-written statements of layouts the corpus has no example of (a 1998 trustee's ruled
tables, a 2003 report paged with form feeds, a manufactured-housing trust's blocks per class,
a 2006 HTML 10-D, a boxed '|' text, a 1999 statement numbered by its agreement's items; a
1997 class table transposed, a 2004 text whose tables part their cells by tabs, an 8-K of
three series' statements, a 2005 HTML 10-D, a 2001 text of figures with no thousands
separators and wrapped class labels, a 1996 auto trust's servicer certificate, and six
written blind: split class tables, dollar signs apart, four groups, notes, a HELOC, an
exhibit in capitals; and six more: side-by-side panels, a transposed pool, trailing minus
signs, classes across, labels above their figures, sentences; and twelve more: subtotals by
group, statuses between dashes, losses in brackets, period columns, a HELOC, letters; and a
fourth twelve: odd column orders, bars between panels, boxes, left-aligned headers, lists; a fifth
twelve: factor blocks, wrapped classes, current and cumulative pairs, restated figures, clauses; a sixth
twelve: a whole EDGAR submission, legends of codes, a Total first, one cell a line, excerpts; and
sixteen more: 2,000-byte excerpts of eight families, auto, equipment and student-loan trusts, raw
HTML, whole 1990s 8-Ks with stacked halves and groups side by side; and sixteen more: excerpts,
credit-card, HELOC and four-group reports, raw HTML 10-Ds of other trustees), scored
against their answer keys: what is read right may only grow, what is read wrong only
shrink. ``python tests/handwritten/score.py`` prints every miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.handwritten.score import score_one

HERE = Path(__file__).resolve().parent

# (right at least, wrong at most), measured when each rule below was built
FLOORS = {
    "a1": (204, 0),  # the rule above TOTALS; the dashes under GROUP I / GROUP II; "(MONTHS)"
    "a2": (225, 0),  # "Trigger Event in effect ..... No"; a cut-off date in words; statuses across, measures down
    "a3": (153, 0),  # the totals under a rule; the delinquency beside "% of Pool Balance"; a paragraph per class
    "b1": (346, 0),  # "Weighted Average Remaining Term (months)"; deductions printed in brackets, fees too (a
    # subtotal under them in every group column)
    "b2": (327, 1),  # "+---+" rules around "|" rows: classes, the pool by group, delinquency across; "Prepay Penalties"
    "b3": (168, 0),  # a paragraph per class, its CUSIP and original principal on its own line; "% of Pool"
    "c1": (190, 0),  # classes across in two halves, a row of CUSIPs, per-$1,000 rows below a heading
    "c2": (160, 0),  # tables whose cells are parted by tabs; a fee printed negative above its subtotal (a count
    # of loans repurchased, 0, is no purchased principal: one right value less, that was right by chance)
    "c3": (454, 0),  # three statements (load_many); "1.560000 %"; pool and O/C blocks side by side
    "d1": (350, 0),  # HTML with headers spanning two rows; an accrual period's End dates (no ending balance)
    "d2": (281, 0),  # a class's type on the line below its row; a block of pool lines per group; sentences
    "d3": (88, 0),  # an auto trust's notes: "Certificates" a class where the Total sums it in; lettered items
    "e1": (243, 0),  # a prime jumbo's class table in three stacked sections; PO and IO classes; rates on the interest accrued;
    # the pool's reconciliation in two columns, its loans beside its amounts
    "e2": (261, 0),  # rates as decimals; factors in a table of their own; statuses across with "#"; groups
    # headed FIXED and ARM, numbered by "Allocated to Group 1 (FIXED)"
    # (261 -> 260: its losses by group, now a row of the pool table past a blank line, are no deal line)
    "e3": (275, 0),  # a banner on every page; two lines a class (its CUSIP and per-$1,000 below); dot-leader blocks
    "f1": (134, 0),  # a trustee's letter: items in sentences, two classes to a line, "($x per $1,000)" asides
    "f2": (400, 0),  # HTML: "$" cells under headers spanning them; footnote marks after class names;
    # interest shortfalls in brackets and their figures per $1,000 unsigned
    "f3": (107, 0),  # a HELOC: notes in blocks of lines; delinquency on two lines a status; draws (net principal read as the total: 3 wrong)
    "g1": (323, 0),  # a 10-D in halves with repeated classes; delinquency with shares, statuses below a subtotal
    "g2": (344, 1),  # statuses across over four columns each; seniors, a blank line, mezzanines; the pool's
    # blocks under one header of groups, its principal not scheduled printed whole; an O/C roll-forward (no pool)
    "g3": (220, 0),  # an EDGAR submission of 1998; delinquency by payments missed under "GROUP I - FIXED RATE";
    # dot-leader blocks per group, a page's running head between them; "(Section 2.06 / 3.17)" in a label
    "h1": (261, 0),  # two class tables, one per loan group, each with its Totals line under the same header;
    # floating rates marked "*" that a note explains
    "h2": (119, 0),  # manufactured housing: items down, classes across in two panels, labels wrapped onto figures
    "h3": (300, 0),  # a 10-D of 2007: deductions in brackets, proven by the roll-forward and by subtotals;
    # an interest table (accrued, Relief Act shortfall in brackets) where the per-$1,000 heading still holds; the
    # header's numbering of its columns "(1) (2) (5)=(3)+(4)"
    "i1": (298, 0),  # HTML with header cells spanning columns, named one by one on the row below; the
    # per-$1,000 heading runs on over the interest detail (amounts, so named as amounts)
    "i2": (299, 3),  # a prime 8-K of 1999: the statement after the cover's signatures; an accrual class; PO, IO
    "i3": (86, 0),  # a student loan trust's quarterly report: notes; columns headed by dates
    # written blind (not read against the parser before it was scored: 1,082 of 1,246 right
    # then, 5 wrong), then read by the rules each names
    "j1": (343, 0),  # class figures in four tables of the same rows; statuses across in two halves
    "j2": (135, 0),  # dollar signs aligned apart from their figures after dot leaders; an insured deal's items;
    # a subtotal of the principal no words name; the pool's balances in a section apart; shares after rows
    "j3": (317, 0),  # four groups; statuses across, a count and a balance row per group ("Group 1 #");
    # servicers named with asides ("(Groups 1 and 2)")
    "k1": (112, 0),  # an EDGAR 8-K of notes: "between the Trust and Harris Trust and Savings Bank, as"
    "k2": (71, 0),  # a HELOC 10-D in cells: draws added back (the net principal read as the total: 1 wrong);
    # "Net Charge-offs" no cumulative loss
    "k3": (250, 0),  # an exhibit cut from its submission ("FILED AS EXHIBIT 99.1 TO FORM 8-K"); "DIST DATE:"
    # a second blind batch (at 4a084a8: 532 of 1,201 right, 41 wrong)
    "l1": (193, 0),  # a remittance report's factors under a numbered heading per $1,000; pool panels side by
    # side; delinquency by group under titles
    "l2": (298, 1),  # interest and principal in tables of their own; the pool transposed (the trustee's short name)
    "l3": (147, 0),  # trailing minus signs; deductions signed between the balances
    "m1": (176, 0),  # classes across the page in two panels, rows labelled "Interest per $1,000"
    "m2": (229, 0),  # labels on the line above their figures; classes named then described
    "m3": (78, 0),  # pool in sentences (its roll-forward, by group; its parts and delinquency not yet); the trust's
    # name without its shelf
    # a third blind batch (at 85aa0c5: 1,585 of 2,495 right, 22 wrong)
    "n1": (179, 0),  # a manufactured-housing trust in whole dollars, factors apart, delinquency by payments missed
    "n2": (294, 0),  # balances and distributions in two tables; groups numbered over their descriptions
    "n3": (190, 2),  # losses in brackets (the roll-forward proves their sign); "Seller and Servicer:"; a second
    # (its Total row prints the shortfall in brackets; no rate on that row proves the sign: total_row fails on it)
    # "Report Date" (the 8-K's is kept); pool columns of this period and the prior one; delinquency so (not yet)
    "o1": (99, 0),  # a typed letter, a block per class (a rule under its name, a per-$1,000 subheading); a name wrapped in an indented paragraph
    "o2": (196, 1),  # statuses titled between runs of dashes; per-$1,000 figures beside the amounts
    "o3": (236, 0),  # subtotals by group in a class table the walk reads, titles of its sections, a page break
    "p1": (274, 0),  # subtotals by group ("GRP I"); loan counts named with a word left out; a department's name
    "p2": (78, 0),  # a HELOC's notes and draws (1 wrong: the principal net of draws read as the total principal,
    # the roll-forward so read leaving the draws out)
    "p3": (353, 0),  # statuses across with the loans current and all loans; a group's title over its header
    "q1": (57, 2),  # a servicer's letter, its pool in paragraphs (its roll-forward; its parts not yet)
    "q2": (141, 0),  # every figure printed left of its label (not read)
    "q3": (254, 0),  # a table's headings "SERVICER  STATE ..." no label; a list of servicers run on under its label
    # a fourth blind batch (at 85aa0c5: 1,466 of 2,348 right, 27 wrong)
    "r1": (106, 1),  # columns in an odd order (ending before principal, the rate last); per-$1,000 rows unlabelled
    # below
    "r2": (123, 2),  # two panels parted by a bar (amounts | contracts); repossessions (the inventory's REO not told
    # apart)
    "r3": (382, 0),  # a block per group under GROUP 1 / 2 / 3 and TOTAL; rates only in an interest table
    "s1": (179, 0),  # tables in boxes of + - = |; a sum of net interest and principal no longer read as the principal
    "s2": (143, 0),  # each class on two lines, the second unlabelled, its Total on two lines too; a waterfall of
    # remaining amounts
    "s3": (117, 0),  # a letter of items (i)-(xvii), a line per class per item; delinquency lettered (a)-(e) (not yet)
    "t1": (208, 0),  # a class table in two stacked halves; a pool past blank lines; a group named once over its
    # measures
    "t2": (191, 0),  # pairs side by side for each group; delinquency across with # and $ per group
    "t3": (328, 0),  # left-aligned headers over right-aligned figures; 'Principal Distribution Amount' columns;
    # a pool by group whose columns the roll-forward proves
    "u1": (151, 0),  # deductions with a leading minus, loans after amounts; notional figures marked '*'; 31-60 days
    "u2": (196, 0),  # per-$1,000 figures as a list of dot-leader lines per class (its "Factor" lines not yet)
    "u3": (50, 0),  # a 1995 letter of clauses, figures at the margin on each clause's last line (not read yet)
    # a fifth blind batch (at 4068c8e: 1,478 of 2,422 right, 11 wrong; with the rules built for the fourth,
    # before any rule for it: 1,534 right, 8 wrong)
    "v1": (199, 0),  # the pool first, groups across; abbreviated class columns; a factor block per class
    "v2": (149, 0),  # classes across on two pages; a spread account; statuses across
    "v3": (182, 1),  # manufactured housing in 80 columns, each class wrapped onto three lines
    "w1": (142, 1),  # a notional class marked '*'; carry-forward columns; pairs two to a line
    "w2": (152, 0),  # whole dollars; the ending balance before the interest; delinquency history rows
    "w3": (186, 0),  # senior and subordinate subtotals; the pool by group down; six pairs of statuses
    "x1": (297, 1),  # the ending balance before the principal; a factor table; page footers
    "x2": (194, 0),  # HTML turned to text, cells wrapped; OTS and MBA side by side
    "x3": (198, 0),  # a "$" on every amount; the same labels under each group's heading
    "y1": (148, 0),  # current and cumulative column pairs; a notional class marked "N"
    "y2": (172, 0),  # an 8-K/A restated; groups as rows; counts and balances on alternate lines
    "y3": (228, 0),  # clauses of the agreement, no class table; an exchangeable class
    # a sixth blind batch (at 939f0b7: 2,015 of 2,475 right, 65 wrong; with the rules built for the
    # earlier batches, before any rule for it: the same)
    "z1": (171, 1),  # a whole 1998 EDGAR submission; delinquency by payments missed; "LESS:" lines (the CIK's zeros)
    "z2": (252, 0),  # 132 columns, interest before principal; a caption's note over the last column
    "z3": (164, 0),  # two groups as vertical lists, no Total printed
    "z4": (179, 0),  # whole dollars, negatives in brackets; balances and distributions in two tables
    "z5": (60, 0),  # an equipment servicer's certificate in numbered clauses (its pool's labels not read yet)
    "z6": (54, 0),  # an excerpt cut at 2,015 bytes inside a figure
    "zz1": (288, 0),  # groups down, fields across; an A-X notional class
    "zz2": (257, 0),  # columns headed by codes a legend explains; principal printed in two tables
    "zz3": (420, 0),  # four groups, the Total first; statuses with a measure after a dash
    "zz4": (181, 0),  # no thousands separators; a table cut by a page; tight headers
    "zz5": (322, 0),  # an HTML 10-D, some blocks one cell a line
    "zz6": (48, 0),  # an excerpt cut in the pool section
    # a seventh blind batch (at 2982fa1: 1,383 of 2,030 right, 24 wrong; with this session's first rules,
    # built for the earlier batches, before any rule for it: 1,474 right, 12 wrong)
    "za1": (177, 0),  # abbreviated headers (Orig Face, Beg Bal); a factor table with 8 decimals
    "za2": (254, 1),  # a 10-D: class rows under titles of groups; a page per loan group, its heading drawn in a rule
    "za3": (129, 1),  # 80 columns; delinquency as a percent with the count and balance in brackets
    "za4": (212, 0),  # each class on two lines (CUSIP and rate below); averages by group with no Total
    "za5": (134, 0),  # classes across in two panels; pairs two to a line
    "za6": (250, 1),  # interest and principal in two tables; delinquency titles drawn round with dashes
    "zb1": (229, 0),  # senior and subordinate tables under one header, each with its total, then the grand TOTAL
    "zb2": (90, 0),  # an auto trust in 80 columns: notes A-1..A-4 and certificates; balances labelled on two lines
    "zb3": (194, 0),  # GROUP I | GROUP II | TOTAL ruled by bars; statuses down, a count/balance pair per group
    "zb4": (64, 0),  # HELOC notes: a pool factor column, carry-forward columns, draws
    "zb5": (164, 0),  # a "$" on every figure, tabs expanded at uneven stops (columns drift: read by the cells' order)
    "zb6": (27, 0),  # a 10-D excerpt cut inside the class table
    # an eighth blind batch (at b596825: 1,822 of 2,705 right, 17 wrong; the same at 4a70ffd, before
    # this session's rules)
    "zc1": (224, 4),  # a contents column beside dates and parties; LOAN COUNT and PRINCIPAL BALANCE blocks
    # ('Original', 'Prior', 'Current' rows: the count's 'Original' read as the loan count, a warn)
    "zc2": (140, 0),  # index + margin printed on every class row; a class held at its cap
    "zc3": (212, 0),  # delinquency by a column of group numerals (I, II, III, TOTAL), counts and shares
    "zc4": (167, 0),  # the TOTALS row above the class rows
    "zc5": (218, 0),  # balances in one table, distributions in a second, per $1,000 in a third
    "zc6": (159, 0),  # senior, mezzanine and subordinate titles over the rows; a CUSIP one blank after 'A-IO*'
    "zd1": (278, 0),  # the Total column first; group names drawn round with dashes
    "zd2": (297, 0),  # a web page saved as text: cells one blank apart, headers wrapped (the pool by
    # group read by order; delinquency in count/balance pairs not read yet)
    "zd3": (176, 8),  # numbered items, a list per class per item (original and prior balances swapped for
    # three retired classes: flagged by the per-$1,000 and interest checks; the prior balances' TOTAL,
    # read since a Total may stand below a subtotal, is the original balances' on that swapped reading)
    "zd4": (198, 0),  # columns named by 4-6 letter codes; notional balances marked 'N' after the figure
    "zd5": (153, 0),  # current and prior period side by side
    "zd6": (302, 4),  # each class on two lines; delinquency by distribution date per group (the latest read);
    # 'Loans Liquidated (count)' read as the ending count (a warn)
    # batch 9, written blind (scored out of sample at 2b7eee7: 1,700 right, 756 missing, 69 wrong of 2,525)
    "ze1": (77, 0),  # notes across under CLASS headers, a TOTAL NOTES and a CERTIFICATES column, rates above a blank line
    # (the balance's decline is no proven principal while an unnamed figure stands between the balances)
    "ze2": (151, 2),  # interest due beside interest paid; per-$1,000 apart; roll-forward beside the payout (liquidated balance)
    "ze3": (263, 0),  # groups down, fields across in two panels with hyphen-broken headers; parties after dot leaders
    "ze4": (301, 1),  # a web page saved as text: tab cells, "$" cells, a closing bracket in the next cell
    "ze5": (95, 0),  # each figure per $1,000 in brackets beside its amount; parties after dot leaders
    "ze6": (272, 0),  # loan-level lists; statuses as columns
    "zf1": (119, 0),  # 80 columns, each class on two lines
    "zf2": (261, 0),  # a page per loan group, each with a row alone under statuses across
    "zf3": (353, 2),  # exchangeable classes in a table of their own, one column fewer; parties in clauses (the
    # key gives the IO classes' notional amounts as notional, which the schema keeps as a flag: 2 wrong)
    "zf4": (124, 0),  # equipment notes: a waterfall numbered (i)-(x), factors as decimal fractions (the balance's
    # decline is no proven principal while an unnamed figure stands between the balances)
    "zf5": (200, 0),  # CUSIP the last column, columns in reverse order
    "zf6": (115, 1),  # a 10-D cover signed before the exhibit; notes across in two panels, a day count row of words
    # batch 10, written blind (scored out of sample at 6bfae2c: 1,638 right, 537 missing, 81 wrong of 2,256)
    "zg1": (174, 2),  # classes by loan group with subtotals; the trust's name on an 8-K cover (2 wrong names)
    "zg2": (109, 1),  # 80 columns, a section per item listing every class; a liquidated balance in the roll-forward
    "zg3": (354, 0),  # a 10-D of seven pages, delinquency stacked by group
    "zg4": (90, 0),  # whole dollars, a lettered ledger; interest paid beside a note factor (no shortfall)
    "zg5": (142, 1),  # deferred interest: the interest accrued, deferred and paid add up as balances do
    "zg6": (120, 0),  # a web page saved as text, labels wrapped, figures marked by notes
    "zh1": (60, 0),  # a HELOC: draws, investor and transferor columns
    "zh2": (67, 1),  # notes and certificates in separate statements; the balance's decline no proven principal
    "zh3": (305, 0),  # three groups at 132 columns, a delinquency matrix, a table of residual classes
    "zh4": (330, 0),  # cells of a web page parted by uneven blanks, a column of the classes' types
    "zh5": (132, 0),  # manufactured housing in four class tables by distribution type
    "zh6": (187, 1),  # summary, interest and principal pages; trailing minus signs; an IO class's notional
    # batch 11, written blind (scored out of sample at 240d724: 1,428 right, 352 missing, 167 wrong of 1,947)
    "zi1": (246, 0),  # interest accrued, unpaid, paid and carried over: six amounts of a size
    "zi2": (112, 0),  # per-$1,000 figures beside a total in dollars; a Totals row a place off its columns
    "zi3": (322, 0),  # a net WAC carryover paid inside the total: the two sums read the wrong way round, vetoed
    "zi4": (132, 0),  # sequential classes, dashes for zeros, O/C in prose
    "zi5": (75, 1),  # an auto servicer's report in whole dollars, amounts and figures per $1,000 read crossed (3
    # wrong; two zeros per $1,000 once read as zero principal, an amount's decimals now refuse them;
    # balances named "... at the end of the period": its roll-forward now reads two fewer)
    "zi6": (179, 0),  # class blocks with subtotals, groups as columns, trailing minus signs
    "zj1": (91, 0),  # beginning and ending balances side by side, principal after them
    "zj2": (77, 0),  # each amount with its per-$1,000 figure beside it in one table
    "zj3": (52, 0),  # HELOC draws added back to the pool; notes across with dollar signs
    "zj4": (173, 0),  # a class paid off this month, marked by a note
    "zj5": (219, 0),  # a 10-D's class table in two halves
    "zj6": (137, 0),  # 80 columns, no thousands separators, a block per class (each line an amount and the same per $1,000)
    # batch 12, written blind (scored out of sample at ba30577: 1,696 right, 918 missing, 22 wrong of 2,636)
    "zk1": (110, 2),  # a wrapped four-line header, ending before interest; the trust and servicer named wrong (2)
    "zk2": (303, 0),  # collateral by group rows; delinquency tables of counts and of balances, titled above a rule
    "zk3": (141, 0),  # a block of labelled lines per class, a line of per-$1,000 pairs
    "zk4": (229, 0),  # page banners, the class table split over two pages (a second servicer missed)
    "zl1": (78, 0),  # an auto owner trust in whole dollars, a block of lettered lines per note
    "zl2": (176, 0),  # a factor table labelled by CUSIP alone
    "zl3": (211, 1),  # three groups side by side, a delinquency matrix (the trust's name cut short)
    "zl4": (328, 1),  # cells parted by uneven blanks, a column of types, (1) marks after figures (the IO's
    # notional amount keyed as notional, which the schema keeps as a flag; a servicer's name with a note)
    "zm1": (128, 0),  # scheduled and unscheduled principal as two columns
    "zm2": (354, 2),  # the CUSIP before the class, 18 classes (two IO classes' notional keyed as notional)
    "zm3": (56, 0),  # lettered paragraphs per class, then classes in prose (unread)
    "zm4": (319, 1),  # each group's columns current and since the cut-off (the trust's name shortened)
    # batch 13, written blind (scored out of sample at b27dbed: 1,990 right, 311 missing, 21 wrong of 2,322)
    "zn1": (264, 0),  # capital abbreviations over two lines, classes of two groups with subtotals
    "zn2": (334, 0),  # each group's figure on the label's line after "Group 1:"
    "zn3": (125, 0),  # senior and subordinate sections under titles, each with a subtotal, then the grand total
    "zn4": (14, 2),  # a student loan report, notes across in two panels (the borrowers counted as the loans;
    # the depositor's label run on: 2)
    "zo1": (164, 1),  # three stacked panels of the class table, the per-$1,000 panel titled after a dash
    "zo2": (317, 0),  # three groups, the Total column first, six months of history
    "zo3": (119, 0),  # no thousands separators, percentages without signs, O/C in prose
    "zo4": (26, 1),  # a HELOC: investor, transferor and total columns (a servicer's name cut short; its
    # principal net of draws read as the total principal, as its roll-forward holds; the key counts it gross)
    "zp1": (180, 0),  # each class on two lines, amounts over their per-$1,000 figures
    "zp2": (266, 0),  # two senior groups and shared subordinates, current and cumulative losses
    "zp3": (212, 0),  # every cell boxed with | + -
    "zp4": (124, 0),  # interest, principal and balances in three tables keyed by class
    # batch 14, written blind (scored out of sample at f366aa8: 1,405 right, 892 missing, 164 wrong of 2,461)
    "zq1": (126, 0),  # manufactured housing in whole dollars, lettered schedules, zeros printed -0-
    "zq2": (293, 0),  # two groups side by side, the class table's columns numbered and explained below it
    "zq3": (44, 0),  # an auto grantor trust's numbered worksheet, each line's formula beside it (its pool not read)
    "zq4": (185, 1),  # check-protected amounts (****94,885,248.69), the IO's notional marked N (keyed as notional)
    "zr1": (338, 1),  # a 10-D of pipe tables (Markdown) with 18 classes (its pool's Stated lines, its
    # delinquency in count/balance columns per group not read yet)
    "zr2": (153, 5),  # second-lien notes, deductions in parentheses beside counts (read as printed: 5 flagged)
    "zr3": (106, 0),  # HELOC notes as columns with a Total, draws added back, day ranges under framed groups
    "zr4": (279, 1),  # a class table in two bands, delinquency statuses across, # $ % lines under each group
    "zs1": (178, 0),  # classes across in two panels, labels wrapped, note marks on figures
    "zs2": (173, 0),  # the class table split across pages, trailing minus signs
    "zs3": (20, 0),  # lettered clauses and classes in sentences (their figures proven by no identity yet)
    "zs4": (326, 1),  # each class's name wrapped below its row, a factor table, group names centred over pairs
    # batch 15, written blind (scored out of sample at ef8bdd3: 1,487 right, 1,249 missing, 42 wrong of 2,778)
    "zt1": (140, 3),  # CUSIP, amounts and a per-$1,000 block on one row (a sub-pool's balances taken for the pool's: 3)
    "zt2": (82, 1),  # equipment notes, interest and principal tables, a roman-numbered waterfall (1 wrong: the
    # trustee read from a page banner's "Indenture Trustee - Corporate Trust Operations", a department)
    "zt3": (97, 0),  # all capitals, senior and subordinate subtotals, rates with no % sign
    "zt4": (258, 0),  # five pages, interest before principal, CUSIPs only in the per-$1,000 table, a one-class
    # group's subtotal repeating its class (255 before a pool table went on past a blank line to a row of rates:
    # its prepayment penalties' count row now joins that table, where no deal figure is named by a row's words)
    "zu1": (388, 1),  # three groups, prepayment-penalty and realized-loss loan detail
    "zu2": (236, 10),  # an HTML page saved one cell a line, no bars, "$" in cells of their own; headers one word a
    # line; the delinquency by group named one word a line gives group 1's figures to group 2 (10, flagged duplicates)
    "zu3": (396, 0),  # four groups in 2x2 panels under titles framed by stars, a delinquency matrix (the
    # left panel's figures taken for the right panel's on four lines of each pair: 8, flagged as duplicates)
    "zu4": (211, 1),  # classes as columns in panels of four, notional amounts marked *
    "zv1": (35, 0),  # printed twice across: two columns of sections on each page (not read yet)
    "zv2": (250, 0),  # numbered label: value sections, a class's each, CUSIP on a line of its own
    "zv3": (108, 0),  # each class on two lines under a four-line header (the walk reads the lines as rows)
    "zv4": (129, 3),  # (3: the deal's losses its key has net of recoveries, read as the pool's gross charge-off) auto notes, "$" on the first and total rows, deductions -$1,234.56 (other balances
    # taken for the pool's, a fee stored with its minus: 5)
    "zw1": (263, 2),  # a 10-D of six report pages, columns numbered (1)-(7), a roll-forward with leading minus
    # signs (the liquidation proceeds taken from another line: 2)
    "zw2": (254, 1),  # CTSLink: three groups, a group-level collateral statement headed Group 1 2 3 under a row of
    # each group's description (not read), a master servicing fee taken for the servicing fee (2), no servicers
    "zw3": (208, 2),  # Chase "DISTRIBUTION IN DOLLARS", IO classes in a block below the totals (notional keyed as
    # an amount: 2)
    "zw4": (332, 1),  # BNY groups as columns; each delinquency status printed once over its measures
    "zx1": (321, 1),  # an HTML 10-D saved one cell a line, blank lines between some tables' rows (no servicer: 1)
    "zx2": (221, 1),  # tabs and ragged spaces, labels wrapped in their cells (delinquency not read)
    "zx3": (121, 0),  # an auto owner trust drawn with box-drawing characters by a text browser
    "zx4": (173, 1),  # column names stacked one word a line, a notional marked * (keyed as an amount: 1)
    "zy1": (293, 4),  # two series' statements one after the other, 132 columns (liquidation proceeds 2, servicers 2)
    "zy2": (127, 1),  # abbreviated headers in an unusual order, trailing minus, statuses as columns (no servicer: 1)
    "zy3": (58, 4),  # an auto servicer's certificate, the note table beside another table (a subtotal of the notes
    # taken for the Total: 4)
    "zy4": (267, 0),  # principal and interest halves of the class table, groups side by side
    "ya1": (265, 1),  # LaSalle: each class on two lines, page banners, delinquency with a pair of the loans current
    "ya2": (317, 0),  # Deutsche: a class table and a principal statement with an accretion column (its CE's
    # growth printed as a negative principal reduction)
    "ya3": (150, 0),  # notes, interest before principal, a right-aligned header printed tight
    "ya4": (251, 0),  # three groups after the stepdown, stacked label: value blocks per group
    "yb1": (313, 5),  # a links-style dump, labels and headers wrapped over 2-4 lines (delinquency counts taken
    # for the pool's loan counts: 3)
    "yb2": (102, 1),  # a word processor's tab-separated cells, headers on two rows; (1 flagged wrong: a deduction in brackets)
    "yb3": (245, 0),  # a spreadsheet's CSV export
    "yb4": (152, 0),  # a 10-D saved one cell a line, blank lines between the rows of some tables only
    "yc1": (147, 0),  # the class table printed twice, current and since closing (the second not read)
    "yc2": (208, 4),  # each group's figures on labelled lines, delinquency by payments past due
    "yc3": (51, 1),  # a student loan quarterly, notes as columns, whole dollars (barely read)
    "yc4": (95, 2),  # equipment leases, trailing minus, principal and interest tables on separate pages
    "yd1": (214, 1),  # Bankers Trust 132 columns, page banners, groups as columns, delinquency count/balance pairs by group
    "yd2": (162, 0),  # First Union MH, three class panels, page footers, repossessed inventory
    "yd3": (210, 1),  # Norwest 132 columns, an IO class's notional in the balance columns (keyed as an amount, read as a flag: 1)
    "yd4": (242, 0),  # Bank One two-line class records, group blocks, reductions in parentheses
    "ye1": (330, 0),  # Wells Fargo: an accrual (Z) class, principal statement with an accretion column, groups as columns
    "ye2": (363, 0),  # BNY three groups, effective coupon beside the pass-through rate
    "ye3": (388, 2),  # U.S. Bank prime, two accrual classes, an interest table of the roll-forward's shape
    # (with "Principal Paid" named, 17 more right; the notional row of 1-A-X, read into the class
    # columns in order, puts its beginning notional under principal: wrong, and failed by
    # class_total_distribution and total_row)
    "ye4": (311, 0),  # Citibank, delinquency in two stacked blocks under captions (number of loans, balance)
    "yf1": (81, 1),  # auto owner trust, label/value pairs side by side, trailing minus, a reserve account's roll-forward
    "yf2": (137, 1),  # franchise loan notes in three parts, parentheses, page banners
    "yf3": (8, 0),  # MH servicer's certificate in numbered sentences (barely read)
    "yf4": (109, 7),  # HELOC notes as columns, two classes, boxed banners (the interest per $1,000 read as zeros: 2;
    # the Total panel's principal collections printed in brackets, its draws beside other figures unread: the
    # sign not proven, the value fails pool_roll_forward and warns deduction_sign: flagged, once missing)
    "yg1": (284, 2),  # Wells Fargo CTSLink, interest before principal, delinquency aged by days against status columns
    "yg2": (336, 1),  # JPMorgan Chase, three groups, classes printed unhyphenated (1A1), IO class below the totals
    "yg3": (205, 2),  # LaSalle 132 columns, whole dollars, O/C building as CE deferred interest, history tables
    "yg4": (257, 0),  # Deutsche payment report, numbered columns, a title over the month's columns, a to-date table
    # (its "Current / Cumulative" pairs of a deal line under group columns are set apart as a table's
    # pairs: two deal figures once read are missing, and four wrong group counts are gone)
    "yh1": (189, 0),  # Chase 132 columns in capitals, groups as columns, a per-$1,000 table with CUSIPs
    "yh2": (145, 1),  # Norwest MH 80 columns, class panels, page footers, repossessed inventory
    "yh3": (113, 2),  # Bankers Trust home improvement, classes as columns in two panels, totals as a list
    "yh4": (275, 0),  # State Street two groups in stacked blocks, delinquency groups as rows
    "yi1": (313, 0),  # pdftotext -layout, page footers, headers wrapped over three lines
    "yi2": (98, 0),  # a browser's save as text: tab-parted cells, empty cells dropped, labels wrapped
    "yi3": (262, 1),  # one '|' cell a line, blank lines between rows
    "yi4": (253, 0),  # every table boxed in +---+ and |, delinquency headed GR I / GR II / TOTAL
    "yj1": (299, 4),  # citibank 10d altA two groups accrued shortfall unpaid cols 2007
    "yj2": (262, 2),  # bny 10d subprime single pool net rate carryover swap 9dec factors 2006
    "yj3": (387, 3),  # deutsche 10d subprime three groups stacked group blocks dq groups as rows oc deficiency trigger 2007
    "yj4": (275, 1),  # wellsfargo 10d prime jumbo four groups po class description account statement loan status matrix 2006
    "yk1": (187, 0),  # bankerstrust he 8k 132col caps two groups interest before principal groups as columns dq statuses as columns 1997
    "yk2": (144, 2),  # norwest mh 8k 80col mixed case roman sections decimal factor repossession inventory page footers 1999
    "yk3": (143, 0),  # firstunion second lien owner trust 8k 100col sgml document tags balance table then payment table asterisk section bars 2000
    "yk4": (204, 0),  # lasalle he 8k two groups two line class records per1000 9dec next rate bond interest recon dq history whole dollars 2002
    "yl1": (74, 1),  # usbank 10d nim notes as columns waterfall running balance this period since closing underlying pool 2006
    "yl2": (230, 1),  # norwest he 8k 132col classes as columns two panels groups as columns dq aging rows by group 1999
    "yl3": (143, 0),  # wellsfargo mh 8k 80col current and since cutoff columns page banners exhibit 20 1 repossessed inventory 2001
    "yl4": (324, 0),  # hsbc 10d subprime two groups 132col four pages collateral rollforward split across pages dq aging matrix days rows status columns swap 2007
    "ym1": (124, 0),  # marinemidland he 8k full submission pem page tags three class panels factor cols payments missed 1996
    "ym2": (231, 0),  # wilmingtontrust bc 8k sec header no pem 132col formfeed pages per1000 factor table groups as columns dq days by group 1998
    "ym3": (152, 0),  # mandt he 8k pem item5 figures 100col class halves pools stacked dq payments missed two line pool rows 2000
    "ym4": (144, 2),  # mellon bc 8k filename tags single pool aio notional x p rows per1000 factor9 dq statuses as columns measures rows trigger tests 2002
    "yn1": (349, 0),  # deutsche 10d subprime two groups page banners interest detail groups as columns ce negative principal 2006
    "yn2": (265, 0),  # usbank 10d altA hybrid arm three groups shifting interest page footers class halves groups as rows total row 2006
    "yn3": (313, 1),  # wellsfargo 10d subprime two groups caps banners stacked group blocks long dq swap basis risk carryforward trigger 2007
    "yn4": (283, 1),  # bny 10d altA oc two groups mixed daycount net rate carryover side by side group panels factors 9dec 2006
    "yo1": (84, 0),  # wellsfargo auto owner trust 80col page banners three note tables waterfall repo inventory 2003
    "yo2": (119, 1),  # (1 wrong: the indenture trustee's name wraps onto the next line, cut) mandt equipment lease 132col classes as columns total column pro rata subs parens reductions dq statuses as columns 1998
    "yo3": (98, 0),  # citibank 10d heloc two groups draws transferor interest operator column rollforward dq group row pairs insured 2006
    "yo4": (159, 4),  # wachovia mh 8k 80col per1000 table first io notional a2 payoff sub lockout repo inventory rollforward prose 2002
    "yp1": (380, 2),  # wellsfargo 10d subprime three groups side by side group panels dq count balance lines relief shortfall nwc carryover swap 2006
    "yp2": (326, 1),  # usbank 10d altA four groups shifting interest stacked group blocks collateral left dq right split principal interest tables 2007
    "yp3": (305, 0),  # lasalle 10d subprime three roman groups side by side cash recon parens pool summary factors page 9dec dq group rows bond interest recon trigger 2007
    "yp4": (219, 0),  # citibank 10d altA oc three groups stacked group sections two column dot leaders dq aging status matrix decimal factors mixed daycount cap reserve 2006
    "yq1": (144, 0),  # harris he 8k 78col section 607 roman clauses paired class figures group columns page banners 1997
    "yq2": (15, 0),  # (the loan count beside the balance no longer read since its roll-forward reads by parts) bankone heloc 8k 64col numbered items label line then value line pro rata notes 2001
    "yq3": (164, 1),  # norwest bc 8k 132col report hard wrapped at 80 continuation lines page banners groups as columns total wraps 1999
    "yq4": (155, 0),  # jpmchase he 8k 68col section 406 items inline class and group figures wrapped label value runs 2003
    "yr1": (73, 0),  # bny auto lease 8k 96col units sv base residual rollforward credit residual losses page banners 2002
    "yr2": (87, 0),  # usbank small business loan 10d html text current vs prior period columns wrapped headers libor notes 2007
    "yr3": (66, 0),  # wellsfargo ffelp student loan 10d monthly interest before principal borrower status table auction rate mixed days parens 2006
    "yr4": (85, 0),  # norwest subprime auto receivables 8k 132col notes as columns precomputed simple interest columns spread account trailing minus a1 payoff 1999
    "ys1": (168, 0),  # firsttrust mh 8k 132col transposed class columns continued ff cr ledger dollar apart 1998
    "ys2": (253, 0),  # bankerstrust he 8k 100col transposed three class panels continued ff trailing minus groups as columns 2000
    "ys3": (131, 0),  # harris home improvement 8k 132col transposed lettered rows split across pages dollar cells cr attached title i 1997
    "ys4": (157, 2),  # wellsfargo mh 8k 80col transposed four class panels continued ff page footers trailing minus writedown aio a1 payoff dq split 2001
    "yt1": (196, 2),  # deutsche 10d pandoc grid tables wrapped cells two groups dash zeros escaped dollar 2006
    "yt2": (241, 1),  # usbank 10d altA elinks ascii frames dollar percent cells three group sections mixed daycount 2007
    "yt3": (287, 0),  # hsbc 10d subprime orgtbl pipes wrapped class type side by side group rollforwards parens dq statuses as columns swap 2007
    "yt4": (212, 4),  # jpmchase 8k he three groups boxed stacked amount per1000 cells collateral dq shared group tables 2005
    "yu1": (225, 0),  # wellsfargo 8k subprime two groups 132col dq days groups as columns history rows trigger pass fail penalty loan list 2003
    "yu2": (331, 0),  # deutsche 10d html text left aligned cells three groups dq groups as columns history months as columns swap reserve rollforwards 2006
    "yu3": (197, 0),  # firstar he owner trust notes 8k 80col caps reserve account stepup trigger fail dq count and balance blocks history newest first 2000
    "yu4": (203, 0),  # jpmchase 8k he seasoned two groups 132col total first group columns parens deductions cum loss trigger fail basis risk reserve 12mo history 2005
    "yv1": (200, 2),  # jpmchase he 8k 100col two line class rows label over value three across dq count balance pct blocks 2003
    "yv2": (190, 1),  # deutsche 10d altA single pool html text label line value line wrapped class type cells dq count balance pct blocks 2006
    "yv3": (275, 1),  # usbank he 8k 80col three groups two line class rows per1000 under amounts two across label over value dq blocks groups as columns oc build 2005
    "yv4": (100, 3),  # citibank altA arm 8k class blocks three across label over value group value rows dollar parens page banners 2004
    "yw1": (216, 0),  # bankerstrust he 8k 132col page banners cusip first split class table per1000 8dec groups as columns stacked dq 1999
    "yw2": (219, 0),  # chase bc 8k 132col mixed case banners factor table first 9dec factor interest principal tables split three groups total column dq groups as rows 2001
    "yw3": (237, 1),  # usbank he 8k 132col boxed page banner interest before principal io notional parens deductions groups as columns dq status rows per1000 9dec last 2003
    "yw4": (235, 0),  # lasalle he insured 8k 132col four line banner ending before interest rate in factor table 9dec three groups total column per group oc dq count balance line pairs 1998
    "yx1": (270, 5),  # lasalle 10d lynx dump two groups wrapped class cells collateral groups total columns cum loss trigger penalties 2006
    "yx2": (211, 20),  # usbank 10d w3m middle valign three groups principal interest tables dq groups as rows liquidation loan list trigger fail swap 2007
    "yx3": (247, 0),  # wellsfargo 10d html2text 79col star headings fixed arm groups split class tables mixed daycount dq count balance rows loss history 2005
    "yx4": (272, 4),  # citibank 10d links dump page banners class table two halves total first group columns relief shortfalls subsequent recoveries ii a1 payoff trigger fail 2007
    "xa1": (322, 0),  # deutsche 10d subprime two groups three line abbrev headers class table split page dq measure rows trigger 2006
    "xa2": (305, 1),  # usbank 10d altA three groups shifting interest total first collateral dq split across pages stepdown tests 2006
    "xa3": (380, 0),  # lasalle 10d subprime three groups class table two parts collateral split across pages parens deductions dq total first measure rows trigger fail swap 2007
    "xa4": (269, 0),  # citibank 10d altA oc two groups html text dollar first row class split mixed daycount m7 writedown dq current column trigger fail 2007
    "yy1": (43, 0),  # bankerstrust he 8k edgar document wrapper star banner cusip class table cut 2000 bytes 1998
    "yy2": (56, 0),  # chase mh 8k viewer caption page tag sgml table caption s c three line headers dollar first row cut 2000 bytes 2001
    "yy3": (14, 1),  # deutsche 10d altA html text space separated cells contents dates parties page before class table cut 2000 bytes 2007
    "yy4": (124, 0),  # usbank 10d subprime html text one cell per line pipe prefix libor act360 cut 2000 bytes 2006
    "yy5": (17, 0),  # bny heloc 8k boxed banner pipe grid note table dollar cells two line headers cut 2000 bytes 2004
    "yy6": (14, 0),  # statestreet auto owner trust servicer certificate whole dollars original parameters first lettered lines cut 2000 bytes 1997
    "yy7": (25, 0),  # lasalle 8k subprime abn amro header block bond payments two line records per1000 9dec next rate cut 2000 bytes 2005
    "yy8": (66, 0),  # firstunion he 8k mainframe carriage control banner factor table first 8dec per1000 then dollars cut 2000 bytes 1999
    "yz1": (89, 0),  # harris he 8k section 606 roman items class figures under items figure next line insured 1997
    "yz2": (106, 2),  # bny mh 8k section 605 numbered items ab subitems dot leaders summary table after list page banners 1999
    "yz3": (155, 1),  # bankerstrust he 8k two groups cusip class table then section 406 lettered items group figures under items dq group columns 2001
    "yz4": (41, 0),  # jpmchase auto owner trust 8k section 49 lettered sections numbered items dollar apart a1 payoff 2003
    "xb1": (325, 0),  # deutsche 10d raw html table per topic colspan rowspan two groups 2006
    "xb2": (188, 2),  # wellsfargo ctslink 10d raw html dollar paren cells spacers altA shifting interest 2007
    "xb3": (156, 0),  # bny 10d raw html nested tables font br headers hr page breaks second lien notes 2006
    "xb4": (316, 0),  # citibank 10d raw html split principal interest tables dq statuses as columns per group writedown 2008
    "xc1": (200, 0),  # bankone he 8k sgml full submission table tags two groups unlabelled totals a1 blank row factor8 payments missed 1998
    "xc2": (135, 3),  # firstunion mh 8k pem sgml 80col no table tags balance and distribution panels factor9 delinq pmts repossessed a2 payoff 2000
    # (two contract rates, of the period's beginning and end: the first printed is read, its key names the end's)
    "xc3": (120, 1),  # texascommerce he 8k pem sgml insured single pool interest before principal dollar first row io notional asterisk factor8 decimal dq statuses as columns 1997
    "xc4": (93, 0),  # harris equipment notes 8k sgml page footers ending before interest due paid a1 blank row a2 floating factor9 decimal dq pmts past due three month history 2001
    "xd1": (72, 0),  # mellon he 8k 132col two line title class table first rows complete factor table cut 2000 bytes 1997
    "xd2": (49, 0),  # firstar mh 8k 80col cover block parties dates then class table cut mid number 1999
    "xd3": (24, 0),  # wilmington 10d altA two groups table of contents then distribution summary cusip libor cut inside table 2006
    "xd4": (46, 0),  # hsbc he 8k edgar sgml header then class table af av classes orig face first cut inside table 2005
    "xd5": (35, 0),  # bankone he 8k 100col pool lines first pools as columns parens deductions cut in net rate line 2002
    "xd6": (51, 0),  # fleet he 8k factor table first per1000 8dec unhyphenated IA1 IIA1 classes footnotes cut 1998
    "xd7": (69, 0),  # mandt he 8k banner prose then two line class records per1000 under amounts rows complete 2003
    "xd8": (41, 0),  # wachovia 10d subprime 132col prose paragraph then three line headers dollar first row realized loss col cut inside table 2006
    "xe1": (46, 0),  # monongah he 8k 80col cover block dates parties two line header class rows r row zero total cut at se
    "xe2": (57, 0),  # greentree mh servicer monthly report 100col at once classes as columns five per panel class over lab
    "xe3": (42, 0),  # oakwood mh remittance report 132col table of contents then class rows three line header cusip second
    "xe4": (36, 0),  # advanta he servicer remittance 132col parties and dates block then class rows three line header unit
    "xe5": (48, 0),  # conti he servicer report 80col collateral groups as columns first then class rows one line abbrev he
    "xe6": (39, 0),  # nationalcity auto owner trust servicer report 80col pool data and delinquency first number and princ
    "xe7": (40, 0),  # copelco equipment lease notes servicer report 100col cover pairs then notes as columns four per pane
    "xe8": (53, 0),  # newcentury style 10d subprime 132col title then dates parties block four line stacked header cusip c
    "xf1": (89, 2),  # deutsche auto owner trust 8k servicer report 110col dollars and units columns (2 wrong by
    # the key's convention: realized losses keyed net of recoveries, read as the gross charge-off its roll-forward takes out)
    "xf2": (118, 0),  # firstunion equipment lease notes 8k 120col page tags adcb rollforward substitutions fixed pct subord
    "xf3": (59, 1),  # bankerstrust ffelp student loan 8k quarterly servicer report 100col beginning activity ending column
    "xf4": (88, 2),  # usbank 10d auto raw html nested tables dollar cells split paren cells colspan headers insured oc acc
    "xg1": (139, 1),  # pnc he 8k pem 132col class table two stacked halves unlabelled second half formfeed pages unlabelled
    "xg2": (192, 1),  # chasetexas mh 8k 132col three groups side by side total column split across pages dq group pairs rep
    "xg3": (210, 3),  # bankerstrust subprime 8k two roman groups separate interest and principal statements available funds
    "xg4": (165, 0),  # (A-6(a): a letter in brackets may be a tranche's, kept: the row unread) citibank he 8k pem 124col three line unit headers unlabelled total sep
    "xh1": (89, 0),  # marinemidland he 8k tab separated class rows two line header cusip last rates no pct 1996
    "xh2": (30, 0),  # fleet he 8k 100col side by side pool pairs first classes as columns four per panel 1998
    "xh3": (15, 0),  # wachovia altA 8k available funds first parens deductions trailing blank class table cut 2004
    "xh4": (43, 0),  # lasalle heloc 10d notes cusip first libor act360 per1000 factor9 groups as columns draws 2006
    "xh5": (54, 0),  # wellsfargo ctslink mh 8k 153col three line right aligned headers cusip second description interest b
    "xh6": (3, 0),  # jpmchase 10d subprime plain text form cover class registration grid no figures in excerpt 2006
    "xh7": (44, 0),  # bny 8k altA stacked logo officer lines cusip second description rate type columns rate after balance
    "xh8": (56, 0),  # statestreet servicer report he 8k 80col caps no commas delinquency first group count balance pairs g
    "xi1": (13, 2),  # bny credit card master trust 8k 80col series summary classes as columns then mbna style lettered ite
    # (2 wrong: its Total column proven by its sums, the Principal Funding Account rolls the
    # balance as principal would on one row while the principal printed is zeros, which prove
    # nothing; column_role warns name the column read instead)
    "xi2": (58, 0),  # lasalle heloc notes servicer report 100col boxed sections split balance interest tables angle bracke
    "xi3": (132, 0),  # servicer mh senior sub 8k 132col caps classes as columns total column pool rollforward counts reposs
    "xi4": (440, 0),  # hsbc 10d subprime four groups cover then ex99 132col page banners group split senior classes factor
    "xj1": (273, 4),  # lasalle 10d raw html subprime two groups toc colspan principal interest next rate factors page 9dec
    "xj2": (308, 1),  # hsbc 10d raw html subprime two groups split principal interest tables dollar pct cells three row hea
    "xj3": (278, 2),  # jpmchase 10d raw html prime two groups shifting interest nested tables notional ax below totals fact
    "xj4": (352, 1),  # wachovia 10d raw html subprime three groups one wide class table three row headers per1000 block m9
    "xk1": (41, 0),  # hollandbrook ibjschroder he 8k 80col stacked three line header pool factor per class rates cusi
    "xk2": (40, 0),  # ashuelot chemical mh remittance report 132col cusip first four line header units line rate no p
    "xk3": (21, 0),  # nueces texascommerce home improvement 8k 100col pool activity first lettered dot leaders dq the
    "xk4": (67, 1),  # quinebaug firstnationalbankofboston subprime 8k 120col three item header lines cusip first hyph
    "xk5": (42, 0),  # olentangy bankone columbus he 8k 110col classes as columns four per panel class prefixed header
    "xk6": (40, 1),  # tidemark servicer monthly servicer report subprime 8k 96col numbered lines groups as columns ro
    "xk7": (56, 0),  # kandiyohi norwest older he 8k 72col caps asterisk boxed sections no commas rate no pct factor7
    "xk8": (66, 1),  # brandermill wachovia altA 8k 160col paired header items cusip first class type column one line
    "xl1": (207, 0),  # tohickon mellon he 8k 80col class table split by page tags repeated headings part b losses end
    "xl2": (152, 0),  # sheepscot usbank mh 8k sgml 132col certificate summary one line rows separate per1000 factor7
    "xl3": (204, 0),  # anacostia hsbc subprime 8k 100col formfeed pages interest before principal libor act360 33 day
    "xl4": (200, 0),  # pamunkey jpmchase he 8k 132col dd mon yy dates retired classes zero rows b1 writedown parens l
    "xm1": (327, 1),  # quenemoridge bnymellon 10d subprime two groups 120col seven numbered pages banner page titles
    "xm2": (324, 0),  # hartwickcove hsbc 10d prime jumbo three groups 150col boxed sections class subtotals by group
    "xm3": (65, 1),  # birchwoodfalls deutsche 10d heloc notes 100col roman sections dollar first row two part note ta
    "xm4": (321, 0),  # stillwatercrossing usbank 10d subprime three roman groups 176col star section bars one wide cl
    "xn1": (224, 0),  # wickliffe hsbc 10d subprime pdftotext layout two groups broken headers page footers formfeeds
    "xn2": (27, 0),  # stillwater wellsfargo 10d equipment notes browser saved text tab cells dollar pct cells wrapped
    "xn3": (229, 1),  # tamarindhill jpmchase he 8k spreadsheet copy tab cells no thousands minus deductions two group
    "xn4": (131, 0),  # cedarglen alleghenyridge norwest he servicer report 8k word processor running text uneven tabs
    "xo1": (48, 0),  # rockbridge rfc style rept1 run header he 8k 132col dotted rules cusip second deferred interest
    "xo2": (47, 0),  # clinchfield firsttennessee mh 8k 118col caps pool rollforward first bracket deductions contract
    "xo3": (38, 0),  # hiwassee firstsecurity subprime auto owner trust insured servicer certificate mixed case equals
    "xo4": (57, 1),  # tallapoosa btm trust medical equipment notes 8k tab separated notes as columns total column a1
    "xo5": (37, 0),  # oconeevalley hsbc heloc notes 10d 120col libor act360 28 days header block interest before prin
    "xo6": (58, 1),  # tamarisk bny altA 10d master servicer remittance 152col class type accrual dates days per class
    "xo7": (40, 0),  # scioto fifththird he 8k 112col page of banner hyphenated three line header group subheads subto
    "xo8": (30, 0),  # blacklick wilmington subprime 10d remittance summary first groups as columns total minus deduct
    "xp1": (181, 0),  # quonset chase servicer report he insured 8k 125col caps class subtotals by group grand total p
    "xp2": (147, 0),  # etowah bankone mh contract trust 8k 80col mixed case three split class tables principal intere
    "xp3": (291, 0),  # saludaridge wachovia subprime 8k 132col three groups class subtotals per group and subordinate
    "xp4": (132, 0),  # manokin usbank he fixed 8k 150col single pool one wide class table interest before principal pe
    "xq1": (341, 1),  # tamsinwood bofa lasalle successor 10d subprime 140col page n of 7 class table split group subt
    "xq2": (315, 0),  # fenmoor deutsche 10d altA three groups 170col pipe class table interest before principal ppis
    "xq3": (90, 1),  # quanset bnytrustco 10d heloc notes 120col roman tilde sections two part note table factor9 per1
    # (its key names the trustee with its role in brackets, "(Indenture Trustee)"; the name read is the name printed)
    "xq4": (218, 0),  # wyndhaven cardinalpoint servicer report wellsfargo 10d subprime 104col numbered lines classes
    "xr1": (55, 0),  # chattahoocheebend piedmont servicer report chase he 8k 129col three line stacked header cusip las
    "xr2": (95, 2),  # manasquan hsbc altA 10d master servicer remittance 104col one line abbrev header cusip first rate
    "xr3": (29, 0),  # nolichucky smokymountain mh servicer report bankerstrust 8k 80col pool rollforward first minus de
    "xr4": (44, 1),  # chickahominy signet student loan quarterly 8k 96col tbill index act360 92 days notes as columns t
    "xs1": (56, 0),  # paloduro caprock servicer letter highltv home loan notes 80col interest before principle typo cut
    "xs2": (58, 0),  # osagevalley boatmens mh senior sub 122col caps banner class table first rate no pct dot00 zeros f
    "xs3": (36, 0),  # timpanogos zions heloc servicer report 72col toc page1 then classes as columns total column libor
    "xs4": (46, 1),  # ocmulgee servicer cert subprime auto owner trust suntrust 160col dates parties lines then note ta
    "xt1": (188, 0),  # ouachitabend norwest he 8k 132col bang separators fixed arm group subtotals x r below total per
    "xt2": (168, 0),  # tallulahfalls pnc mh sr sub 8k 132col mixed case underscore rules contract pool first number and
    "xt3": (109, 0),  # monomoy statestreet heloc notes 8k 80col two groups one note per group libor act360 31 days draws
    # (3 wrong: the pool's principal read as the net principal collections, which roll the balance with the
    # draws netted, where the key takes the gross; Group 2's is negative and flagged deduction_sign)
    "xt4": (240, 0),  # saranac hsbc subprime 8k 156col two groups class table dollar per1000 column pairs group heading
    "xu1": (343, 9),  # wainscott usbank 10d subprime two groups 150col prefunding capitalized interest accounts margin
    "xu2": (203, 0),  # ellerybrook bny successor jpmchase 10d second lien 108col principal and interest tables amount p; 202, not 203: R's principal 0.00 is unread, its detail table's "Principal Distributed" (words naming principal) winning the sums over the summary's unnamed "Principal Paid", which alone prints R
    "xu3": (374, 0),  # lockridgefalls citibank 10d altA two groups 124col principal and interest activity tables cum ap
    "xu4": (333, 3),  # sundialcove deutsche santaana 10d option arm negam two groups 172col one wide class table accrue
    "xv1": (48, 1),  # pecatonica nationsbank franchise loan notes 8k 124col dot leader pairs two across cusip first rat
    "xv2": (46, 0),  # littlemiami starbank marine rv owner trust servicer cert 80col caps receivables first marine rv t
    "xv3": (39, 0),  # bruleriver firstbank he servicer remittance report 128col two pools interest before basic and acc
    "xv4": (49, 0),  # tehachapi unionbankca second lien he notes 10d ex99 servicer report colon label block two across
    "xw1": (204, 1),  # sabinalcreek chasetexas he 8k 120col rate in class label dollar first and total rows group subto
    "xw2": (135, 1),  # keoweelake wellsfargo mn mh senior sub 8k 88col servicer report numbered items per1000 in parens
    "xw3": (209, 0),  # catawissacreek pnc home improvement 8k 132col caps classes as columns two panels total in second
    "xw4": (238, 1),  # sonoitacanyon wilmington subprime 8k 132col five pages libor act360 28 days io notional excluded
    "xx1": (345, 2),  # quinnatisset citibank 10d option arm negam two groups 136col page banners summary without cusip
    "xx2": (369, 0),  # ocracoke wilmington 10d subprime two groups 168col three column letterhead roman sections unders
    "xx3": (181, 1),  # cuttyhunk bnymellon 10d second lien notes 110col formfeed pages header and page of footers split
    "xx4": (356, 0),  # towpath hsbc 10d prime jumbo three groups 124col caps page headers continued star underlined tit
    # batch 33, written blind (out of sample at c66010f: 1,533 right, 497 missing, 15 wrong of 2,045)
    "xy1": (44, 0),  # marisolbay usbank timeshare notes servicer report 100col parties dates pairs interest before prin
    "xy2": (24, 0),  # mianusriver shawmut he senior sub 8k 76col letterhead then numbered items classes as columns two
    "xy3": (48, 0),  # arroyoseco bankerstrustcalifornia subprime 8k 80col pool activity first fixed arm groups as colum
    "xy4": (59, 0),  # wissahickon corestates he insured 8k 132col mainframe report id run date banner three line header
    "xz1": (196, 0),  # pocomoke pnc he insured 8k 114col pool subheads subtotals interest before principal floater foot
    "xz2": (163, 0),  # cullasaja citibank mh senior sub 8k 120col mixed case page n of 3 footers cusip second writedown
    "xz3": (257, 0),  # nissequogue bayport servicer remittance wellsfargo mn subprime 8k 112col yyyymmdd banner af av t
    "xz4": (146, 1),  # kiskiminetas chase highltv home loan owner trust notes 8k cover then 80col exhibit page tags thr
    "wa1": (314, 0),  # thimbleshoal usbank 10d scratch dent two roman groups 140col bond summary class label both ends
    "wa2": (102, 2),  # ketchumgap dbtca 10d heloc notes single pool 118col page footers lettered sections dollar every
    "wa3": (254, 0),  # ossipeelake hsbc 10d second lien single pool 164col payment report then interest principal detai
    "wa4": (339, 0),  # pemaquidpoint jpmchase 10d altA fixed three groups 104col three stacked class panels group subhe
    # batch 34, written blind (out of sample at c66010f: 1,596 right, 507 missing, 14 wrong of 2,117)
    "wb1": (5, 0),  # mackinaw floorplan master trust servicer cert 80col classes as columns revolving libor parens 1997
    "wb2": (27, 0),  # peconic wellsfargo cmbs style 10d small balance commercial 171col cert distribution detail penalt
    "wb3": (54, 0),  # tulpehocken firstfidelity he 8k 135col caps class table and collateral side by side pipe gutter r
    "wb4": (39, 0),  # manitowish motorcycle owner trust servicer report 8k 118col crlf cusip first a1 retired factor7 d
    "wc1": (138, 2),  # ashcroftmanor lasalle highltv home loan notes 8k 112col pages of 3 principal before interest cer
    "wc2": (152, 3),  # redbudhollow texascommerce mh sr sub 8k 80col caps lettered parts balance panel with factor then
    "wc3": (253, 1),  # quillbrook jpmchase subprime 8k two groups 160col interest principal overheaders class table gro
    "wc4": (173, 1),  # lindellcove bny home improvement title i conventional 8k 100col class blocks two across bar divi
    "wd1": (321, 6),  # manahawkinbay wachovia 10d subprime two roman groups 140col page n of 4 banners class type col c
    "wd2": (270, 0),  # quogueharbor wellsfargo secadmin usbank 10d altA three groups 118col class blocks two across amo
    "wd3": (295, 1),  # sagaponack hsbc 10d option arm negam two groups word group names 166col payment summary deferred
    "wd4": (139, 0),  # napeague wellsfargo indenture 10d scratch dent notes single pool 104col period table split balan
    # batch 35, written blind (out of sample at 5c276f1 and at this commit alike: 1,294 right, 799 missing,
    # 12 wrong of 2,105; none of this session's rules reached it)
    "we1": (46, 0),  # pohatcong midlantic he 8k 100col cusip first principal panel then interest panel dollar first a
    "we2": (6, 0),  # tittabawassee comerica heloc notes servicer statement 72col mixed case pool activity first plus
    "we3": (20, 0),  # kokosing huntington equipment lease notes servicer report 132col caps adcb rollforward and dq s
    "we4": (51, 0),  # kishwaukee deutsche 10d subprime two roman groups 117col date page line first accrual libor lin
    "wf1": (182, 0),  # cahabariver firstunion servicer remittance he 8k 98col roman sections grp subtotal rows rates
    "wf2": (164, 0),  # tombigbee firstchicago mh senior sub 8k 132col page tags blocks two across balances beside dis
    "wf3": (159, 0),  # wateree bankerstrust highltv home loan notes 8k 110col item cover three stacked note panels do
    "wf4": (240, 0),  # nottoway wellsfargo subprime 8k two groups 132col cert info block then interest before princip
    "wg1": (358, 0),  # ashlandmill usbank 10d subprime two roman groups 160col colon rules runid banners offered nonoff
    "wg2": (247, 0),  # wickhambrook citibank 10d prime jumbo two groups 136col letterhead page n of 5 class descr not
    "wg3": (115, 1),  # marrowstonepoint wellsfargo indenture 10d heloc notes two groups insured 116col dd mon yy numbe
    "wg4": (339, 1),  # rushmoreglen deutsche 10d altA oc two groups 174col page x of 5 one wide class table type due
}


@pytest.mark.parametrize("prefix", sorted(FLOORS))
def test_hand_written_statements_read_at_least_as_well_as_measured(prefix):
    _, counts = score_one(HERE / f"{prefix}_key.json", False)
    right = sum(c["right"] for c in counts.values())
    wrong = sum(c["wrong"] for c in counts.values())
    least, most = FLOORS[prefix]
    assert right >= least and wrong <= most, (prefix, right, wrong)
