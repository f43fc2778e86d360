#!/usr/bin/env python3
"""Write a synthetic competency matrix for benchmarks (matrix.toml): LEVELS levels with codes
and min_points, AREAS areas, and COMPETENCIES competencies with one milestone per level
(title, text, points, two signals and an example each).

Usage: python3 scripts/gen-matrix.py [OUT_DIR] [--levels 10] [--areas 8] [--competencies 2000] [--seed 7]
Deterministic for a given seed. Python 3 standard library only.
"""

import argparse
import os
import random

VERBS = """aligns leads shapes owns measures frames tests explains coaches plans ships reviews
simplifies negotiates prioritises forecasts designs""".split()
OBJECTS = """teams roadmaps trade-offs experiments launches metrics risks budgets partners
customers systems dependencies""".split()
TITLES = "Learns Applies Adopts Specializes Leads Shapes Evangelizes Masters Defines Sets".split()
NOUNS = """stakeholder discovery delivery negotiation facilitation hiring coaching pricing
research analytics onboarding governance architecture writing planning alignment influence
feedback estimation reliability performance growth security privacy""".split()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", default=".")
    parser.add_argument("--levels", type=int, default=10)
    parser.add_argument("--areas", type=int, default=8)
    parser.add_argument("--competencies", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out_dir, exist_ok=True)
    path = os.path.join(args.out_dir, "matrix.toml")
    with open(path, "w", encoding="utf-8") as out:
        out.write('[ladder]\nid = "synthetic-matrix"\ntitle = "Synthetic Matrix"\n')
        for area in range(1, args.areas + 1):
            out.write(f'\n[[areas]]\nid = "area-{area}"\nname = "Area {area}"\n')
        for level in range(1, args.levels + 1):
            out.write(
                f'\n[[levels]]\nid = "level-{level}"\ntitle = "Level {level}"\n'
                f'code = "L{level}"\nmin_points = {level * level * 10}\n'
            )
        for number in range(1, args.competencies + 1):
            name = f"{rng.choice(NOUNS).capitalize()} {rng.choice(NOUNS)} {number}"
            area = rng.randint(1, args.areas)
            out.write(
                f'\n[[competencies]]\nid = "competency-{number}"\nname = "{name}"\n'
                f'area = "area-{area}"\n'
            )
            for level in range(1, args.levels + 1):
                text = f"{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)} at level {level}."
                out.write(
                    f'\n[[competencies.milestones]]\ntitle = "{TITLES[(level - 1) % len(TITLES)]}"\n'
                    f'text = "{text}"\nlevel = "level-{level}"\npoints = {level * 2}\n'
                    f'signals = ["{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)}", '
                    f'"{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)}"]\n'
                    f'examples = ["{rng.choice(VERBS).capitalize()} the {rng.choice(NOUNS)} review"]\n'
                )
    size = os.path.getsize(path) / 1e6
    print(f"wrote {path} ({args.competencies} competencies x {args.levels} levels, {size:.1f} MB)")


if __name__ == "__main__":
    main()
