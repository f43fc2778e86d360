#!/usr/bin/env bash
# Makes screenshots/*.png from the real binary: tmux runs rungs at 120x36, `capture-pane -e`
# keeps the colours as escape codes, aha turns them into HTML, headless Chromium photographs
# the HTML. Everything comes from Debian packages, which the script installs if missing.
# Progress comes from a copy of tests/fixtures/progress-tui.toml (my level: Senior PM), so the
# shots show gauges and ticks and never touch your own progress file.
set -euo pipefail
cd "$(dirname "$0")/.."

COLS=120
ROWS=36
OUT=screenshots

need_packages=()
command -v tmux >/dev/null || need_packages+=(tmux)
command -v aha >/dev/null || need_packages+=(aha)
command -v chromium >/dev/null || need_packages+=(chromium)
if ((${#need_packages[@]})); then
    sudo_cmd=()
    [[ $(id -u) == 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y "${need_packages[@]}" fonts-dejavu-core
fi

cargo build --release --locked
mkdir -p "$OUT"
work=$(mktemp -d)
session="rungs-screenshots-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
progress="$work/progress.toml"

# shot NAME KEY... : start rungs, press the keys (tmux key names), save NAME.png.
shot() {
    local name=$1
    shift
    tmux kill-session -t "$session" 2>/dev/null || true
    cp tests/fixtures/progress-tui.toml "$progress"
    tmux new-session -d -x "$COLS" -y "$ROWS" -s "$session" ./target/release/rungs --progress "$progress"
    sleep 0.5
    for key in "$@"; do
        tmux send-keys -t "$session" "$key"
        sleep 0.1
    done
    sleep 0.4
    # aha applies "reverse" (SGR 7) by swapping the colours set so far, so a colour set after
    # it in the same run (tmux writes `ESC[0;1;7m ESC[38;5;6m`, the selected search result)
    # undoes the reverse. Each run of codes is rewritten one code per sequence, reverse last.
    tmux capture-pane -t "$session" -e -p | perl -pe '
        sub reverse_last {
            my @codes;
            for my $params ($_[0] =~ /\e\[([0-9;]*)m/g) {
                my @p = length $params ? split(/;/, $params) : (0);
                while (@p) {
                    my $code = shift @p;
                    if (($code == 38 || $code == 48) && @p) {
                        my $mode = shift @p;
                        my @value = $mode == 5 ? splice(@p, 0, 1) : $mode == 2 ? splice(@p, 0, 3) : ();
                        push @codes, join(";", $code, $mode, @value);
                    } else {
                        push @codes, $code;
                    }
                }
            }
            my @reverse = grep { $_ eq "7" } @codes;
            return join("", map { "\e[${_}m" } (grep({ $_ ne "7" } @codes), @reverse));
        }
        s/((?:\e\[[0-9;]*m)+)/reverse_last($1)/ge;
    ' >"$work/$name.ansi"
    tmux kill-session -t "$session"

    # A fixed-size monospace page: 120 columns of 8.43px and rows of 17px at 14px DejaVu.
    aha --black --title "rungs: $name" <"$work/$name.ansi" |
        sed 's|</head>|<style>body{margin:8px;} pre{font-family:"DejaVu Sans Mono",monospace;font-size:14px;line-height:17px;margin:0;}</style></head>|' \
            >"$work/$name.html"
    local width=$((COLS * 843 / 100 + 24))
    local height=$((ROWS * 17 + 16))
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$work/chromium" \
        --window-size="$width,$height" --screenshot="$OUT/$name.png" \
        "file://$work/$name.html" 2>/dev/null
    echo "wrote $OUT/$name.png"
}

# The app opens on "my level", Senior PM.
shot level Enter
shot track j j j
shot compare c
shot note Enter n
shot help '?'
# Search as you type: the query in tmux key names, one letter at a time.
shot search / s t a k e
# The matrix: the built-in ladder's skills by level, my level ★ and target ◎.
shot matrix x
