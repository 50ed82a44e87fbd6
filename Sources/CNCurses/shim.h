#ifndef RUJUK_CNCURSES_SHIM_H
#define RUJUK_CNCURSES_SHIM_H
// SwiftPM drops -D_XOPEN_SOURCE=600 from pkg-config, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

int wcwidth(wchar_t c);

// Swift 6 cannot read C globals or expand these macros, so they are wrapped here.
static inline WINDOW *rujuk_stdscr(void) { return stdscr; }
static inline int rujuk_lines(void) { return LINES; }
static inline int rujuk_cols(void) { return COLS; }
static inline int rujuk_colors(void) { return COLORS; }
static inline int rujuk_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *rujuk_stdin(void) { return stdin; }
static inline FILE *rujuk_stdout(void) { return stdout; }
static inline attr_t rujuk_a_bold(void) { return A_BOLD; }
static inline attr_t rujuk_a_reverse(void) { return A_REVERSE; }
static inline attr_t rujuk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rujuk_a_dim(void) { return A_DIM; }
static inline attr_t rujuk_a_italic(void) { return A_ITALIC; }
static inline attr_t rujuk_a_normal(void) { return A_NORMAL; }
static inline int rujuk_key_f(int n) { return KEY_F(n); }
static inline void rujuk_set_escdelay(int ms) { set_escdelay(ms); }
#include <signal.h>
#include <pthread.h>
#include <langinfo.h>
#include <string.h>
static inline int rujuk_codeset_is_utf8(void) { const char *c = nl_langinfo(CODESET); return c && strcmp(c, "UTF-8") == 0; }
#endif
