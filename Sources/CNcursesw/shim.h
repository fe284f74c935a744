#ifndef COURTLINE_NCURSESW_SHIM_H
#define COURTLINE_NCURSESW_SHIM_H

// The wide-character API (cchar_t, get_wch) needs these before <ncurses.h>.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncurses.h>
#include <locale.h>
#include <wchar.h>

// Macros Swift does not import, as constants and functions it does.
static const attr_t courtline_A_BOLD = A_BOLD;
static const attr_t courtline_A_DIM = A_DIM;
static const attr_t courtline_A_ITALIC = A_ITALIC;
static const attr_t courtline_A_UNDERLINE = A_UNDERLINE;
static const attr_t courtline_A_REVERSE = A_REVERSE;
static const mmask_t courtline_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t courtline_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t courtline_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t courtline_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t courtline_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t courtline_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t courtline_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;

// Mutable C globals Swift 6 will not read directly.
static inline WINDOW *courtline_stdscr(void) { return stdscr; }
static inline int courtline_colors(void) { return COLORS; }
static inline int courtline_color_pairs(void) { return COLOR_PAIRS; }

// From <term.h>, declared alone: that header's capability macros (lines, columns…) would
// clash with ordinary names.
char *tigetstr(const char *capname);
int setupterm(const char *term, int filedes, int *errret);

// Hidden from Swift's Glibc module behind __USE_XOPEN.
int wcwidth(wchar_t c);

#endif
