#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""Writes a deterministic Col2 CSV of short random texts for the feature hashing benchmarks.

Usage: make_rows.py FILE N

Each of the N rows holds 3-12 words drawn with random.Random(42) from a fixed vocabulary of
English-ish words plus a few Turkish ones, so non-ASCII UTF-8 is exercised too. Texts never
contain commas, quotes or newlines, so readers need no CSV quoting.
"""

import random
import sys

ENGLISH = """
a able about above accept account across act action active actual add address admit adult
affect after again against age agency agent ago agree ahead air all allow almost alone along
already also although always among amount analysis and animal another answer any anyone appear
apply approach area argue arm around arrive art article artist as ask assume at attack
attention author available avoid away baby back bad bag ball bank bar base be beat beautiful
because become bed before begin behavior behind believe benefit best better between beyond big
bill billion bit black blood blue board body book born both box boy break bring brother budget
build building business but buy by call camera campaign can cancer candidate capital car card
care career carry case catch cause cell center central century certain chair challenge chance
change character charge check child choice choose church citizen city civil claim class clear
clearly close coach cold collection college color come commercial common community company
compare computer concern condition conference consider consumer contain continue control cost
could country couple course court cover create crime cultural culture cup current customer cut
dark data daughter day dead deal death debate decade decide decision deep defense degree
democrat describe design despite detail determine develop development die difference different
difficult dinner direction director discover discuss disease do doctor dog door down draw dream
drive drop drug during each early east easy eat economic economy edge education effect effort
eight either election else employee end energy enjoy enough enter entire environment especially
establish even evening event ever every everybody everyone everything evidence exactly example
executive exist expect experience expert explain eye face fact factor fail fall family far fast
father fear federal feel feeling few field fight figure fill film final finally financial find
fine finger finish fire firm first fish five floor fly focus follow food foot for force foreign
forget form former forward four free friend from front full fund future game garden gas general
generation get girl give glass go goal good government great green ground group grow growth
guess gun guy hair half hand hang happen happy hard have he head health hear heart heat heavy
help her here herself high him himself his history hit hold home hope hospital hot hotel hour
house how however huge human hundred husband idea identify if image imagine impact important
improve in include including increase indeed indicate individual industry information inside
instead institution interest interesting international interview into investment involve issue
it item its itself job join just keep key kid kill kind kitchen know knowledge land language
large last late later laugh law lawyer lay lead leader learn least leave left leg legal less
let letter level lie life light like likely line list listen little live local long look lose
loss lot love low machine magazine main maintain major majority make man manage management
manager
""".split()

TURKISH = """
gün güzel bugün çiçek şehir öğrenci ağaç ışık kötü iyi çok değil müzik İstanbul yağmur
kahve teşekkür görüşmek üzgün sevgi
""".split()

VOCABULARY = ENGLISH + TURKISH


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: make_rows.py FILE N\n")
        return 2
    path, count = argv[1], int(argv[2])
    if count < 0:
        sys.stderr.write("N must be >= 0\n")
        return 2

    rng = random.Random(42)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("Col2\n")
        for _ in range(count):
            words = [rng.choice(VOCABULARY) for _ in range(rng.randint(3, 12))]
            f.write(" ".join(words))
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
