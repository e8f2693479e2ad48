// CEditLine: fixed-arity wrappers over libedit for Swift.
//
// el_set, el_get, el_wset and history_w are C variadic functions, which Swift
// cannot call; each use LineEditor needs gets a static inline wrapper here.
// Swift 6 also rejects C's stdin/stdout/stderr globals, hence the accessors.
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

/// A command bound to a key: returns one of the CC_* codes.
typedef unsigned char (*ce_command_fn)(EditLine *, int);
/// A prompt callback: returns the prompt to show.
typedef char *(*ce_prompt_fn)(EditLine *);

static inline FILE *ce_stdin(void) { return stdin; }
static inline FILE *ce_stdout(void) { return stdout; }
static inline FILE *ce_stderr(void) { return stderr; }

// MARK: el_set / el_get

static inline int ce_set_prompt(EditLine *e, ce_prompt_fn f) {
  return el_set(e, EL_PROMPT, f);
}
static inline int ce_set_editor(EditLine *e, const char *mode) {
  return el_set(e, EL_EDITOR, mode);
}
/// The editing mode in force: "emacs" or "vi" (NULL on error).
static inline const char *ce_get_editor(EditLine *e) {
  const char *mode = NULL;
  if (el_get(e, EL_EDITOR, &mode) != 0) return NULL;
  return mode;
}
static inline int ce_set_signal_handling(EditLine *e, int on) {
  return el_set(e, EL_SIGNAL, on);
}
static inline int ce_set_client_data(EditLine *e, void *data) {
  return el_set(e, EL_CLIENTDATA, data);
}
static inline void *ce_get_client_data(EditLine *e) {
  void *data = NULL;
  if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}
static inline int ce_add_function(EditLine *e, const char *name, const char *help,
                                  ce_command_fn f) {
  return el_set(e, EL_ADDFN, name, help, f);
}
/// Binds key (in bind(1) notation, e.g. "^I") to a named editor command.
static inline int ce_bind(EditLine *e, const char *key, const char *command) {
  return el_set(e, EL_BIND, key, command, NULL);
}
/// Applies one tty mode to the set used while editing ("-d"), e.g. "-isig".
static inline int ce_set_edit_tty_mode(EditLine *e, const char *mode) {
  return el_set(e, EL_SETTY, "-d", mode, NULL);
}
/// Puts the terminal in editing (raw, 1) or normal (cooked, 0) mode.
static inline int ce_prepare_terminal(EditLine *e, int raw) {
  return el_set(e, EL_PREP_TERM, raw);
}
static inline int ce_set_history(EditLine *e, HistoryW *h) {
  return el_wset(e, EL_HIST, history_w, h);
}

// MARK: history_w

static inline int ce_history_set_size(HistoryW *h, int size) {
  HistEventW ev;
  return history_w(h, &ev, H_SETSIZE, size);
}
static inline int ce_history_set_unique(HistoryW *h, int unique) {
  HistEventW ev;
  return history_w(h, &ev, H_SETUNIQUE, unique);
}
static inline int ce_history_enter(HistoryW *h, const wchar_t *line) {
  HistEventW ev;
  return history_w(h, &ev, H_ENTER, line);
}
/// libedit's own file reader; returns the number of entries or -1.
static inline int ce_history_load(HistoryW *h, const char *path) {
  HistEventW ev;
  return history_w(h, &ev, H_LOAD, path);
}
/// libedit's own file writer; returns the number of entries or -1.
static inline int ce_history_save(HistoryW *h, const char *path) {
  HistEventW ev;
  return history_w(h, &ev, H_SAVE, path);
}
/// Entry `index` counted from the oldest (0), or NULL.
static inline const wchar_t *ce_history_entry(HistoryW *h, int index) {
  HistEventW ev;
  if (history_w(h, &ev, H_LAST) != 0) return NULL;
  for (int i = 0; i < index; i++) {
    if (history_w(h, &ev, H_PREV) != 0) return NULL;
  }
  return ev.str;
}

// MARK: terminal and locale

/// Columns of the terminal on fd, or 0 when fd is not a terminal.
static inline int ce_terminal_columns(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_col;
}
/// Whether the current LC_CTYPE codeset is UTF-8.
static inline int ce_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

#endif
