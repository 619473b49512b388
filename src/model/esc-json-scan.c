/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pass over the raw bytes before json-glib sees them. It refuses what would crash
 * json-glib 1.6 (deep nesting) and reports what json-glib silently accepts or alters:
 * raw control characters, "\u0000" (which truncates the string), duplicate keys (the
 * last one wins) and numbers that do not survive conversion (-1 for big integers, inf).
 * It also gives every value's line and column, which json-glib's tree does not keep.
 *
 * On anything it does not understand it stops quietly: syntax errors are json-glib's to
 * report, with its own line and column. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "esc-json-scan.h"
#include "esc-problem.h"

/* Objects with more members than this look up keys in a hash table, so that a hostile
 * object with a million keys costs linear time, not quadratic. */
#define LINEAR_KEY_LIMIT 16

typedef struct {
  gsize offset;
  gsize length;
} Span;

typedef struct {
  gboolean is_array;
  guint index;
  gsize path_length;
  GArray *keys;            /* Span, while small */
  GHashTable *key_set;     /* owned strings, once large */
} Frame;

typedef struct {
  const char *data;
  gsize length;
  gsize pos;
  guint line;
  guint column;
  GString *path;
  GArray *frames;
  GPtrArray *problems;     /* NULL when only locating values */
  EscJsonValueFunc func;
  gpointer user_data;
  gboolean fatal;
} Scanner;

static gboolean
is_identifier (const char *name,
               gsize       length)
{
  if (length == 0 || !(g_ascii_isalpha (name[0]) || name[0] == '_'))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!(g_ascii_isalnum (name[i]) || name[i] == '_'))
      return FALSE;
  return TRUE;
}

/* Paths read like JavaScript: $.elections[1].title["pt-BR"]. The loader builds the
 * same strings from json-glib's tree, so both must come from here. */
void
esc_json_path_append_member (GString    *path,
                             const char *name,
                             gssize      length)
{
  gsize len = length < 0 ? strlen (name) : (gsize) length;

  if (is_identifier (name, len))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, len);
    }
  else
    {
      g_string_append (path, "[\"");
      for (gsize i = 0; i < len; i++)
        {
          if (name[i] == '"' || name[i] == '\\')
            g_string_append_c (path, '\\');
          g_string_append_c (path, name[i]);
        }
      g_string_append (path, "\"]");
    }
}

void
esc_json_path_append_index (GString *path,
                            guint    index)
{
  g_string_append_printf (path, "[%u]", index);
}

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->keys, g_array_unref);
  g_clear_pointer (&frame->key_set, g_hash_table_unref);
}

static inline char
peek (Scanner *s)
{
  return s->pos < s->length ? s->data[s->pos] : '\0';
}

static inline void
advance (Scanner *s)
{
  guchar c = s->data[s->pos++];

  if (c == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if ((c & 0xc0) != 0x80)
    s->column++;
}

static void
skip_whitespace (Scanner *s)
{
  while (s->pos < s->length)
    {
      char c = s->data[s->pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      advance (s);
    }
}

static void
report (Scanner    *s,
        guint       line,
        guint       column,
        const char *code,
        const char *message)
{
  EscProblem *problem;

  if (s->problems == NULL)
    return;

  problem = esc_problem_new (ESC_SEVERITY_ERROR, code, s->path->str, message);
  problem->line = line;
  problem->column = column;
  g_ptr_array_add (s->problems, problem);
}

static gboolean scan_value (Scanner *s);

/* Scans a string from its opening quote; @span receives its raw contents. */
static gboolean
scan_string (Scanner *s,
             Span    *span)
{
  guint line = s->line, column = s->column;
  gboolean control_reported = FALSE, nul_reported = FALSE;

  advance (s);
  if (span != NULL)
    span->offset = s->pos;

  while (s->pos < s->length)
    {
      guchar c = s->data[s->pos];

      if (c == '"')
        {
          if (span != NULL)
            span->length = s->pos - span->offset;
          advance (s);
          return TRUE;
        }

      if (c == '\\')
        {
          if (s->pos + 5 < s->length && s->data[s->pos + 1] == 'u'
              && memcmp (s->data + s->pos + 2, "0000", 4) == 0 && !nul_reported)
            {
              report (s, line, column, "nul-character",
                      _("The string contains “\\u0000”, which would cut it short."));
              nul_reported = TRUE;
            }
          advance (s);
          if (s->pos >= s->length)
            break;
        }
      else if (c < 0x20 && !control_reported)
        {
          report (s, s->line, s->column, "control-character",
                  _("The string contains a raw control character; write it escaped, as “\\n” or “\\t”."));
          control_reported = TRUE;
        }
      advance (s);
    }

  return FALSE;
}

static gboolean
integer_fits (const char *digits,
              gsize       length,
              gboolean    negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  while (length > 1 && *digits == '0')
    {
      digits++;
      length--;
    }
  if (length != 19)
    return length < 19;
  return memcmp (digits, limit, 19) <= 0;
}

static gboolean
scan_number (Scanner *s)
{
  guint line = s->line, column = s->column;
  gsize start = s->pos;
  gboolean negative = peek (s) == '-', integral = TRUE;
  g_autofree char *text = NULL;

  while (s->pos < s->length && strchr ("+-0123456789.eE", s->data[s->pos]) != NULL)
    {
      if (strchr (".eE", s->data[s->pos]) != NULL)
        integral = FALSE;
      advance (s);
    }

  if (integral)
    {
      gsize skip = negative ? 1 : 0;

      if (!integer_fits (s->data + start + skip, s->pos - start - skip, negative))
        report (s, line, column, "number-out-of-range",
                _("The integer does not fit in 64 bits."));
      return TRUE;
    }

  text = g_strndup (s->data + start, s->pos - start);
  if (!isfinite (g_ascii_strtod (text, NULL)))
    report (s, line, column, "number-out-of-range",
            _("The number is too large to represent."));
  return TRUE;
}

static gboolean
scan_literal (Scanner *s)
{
  static const char *literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if (s->length - s->pos >= len && memcmp (s->data + s->pos, literals[i], len) == 0)
        {
          for (gsize j = 0; j < len; j++)
            advance (s);
          return TRUE;
        }
    }

  return FALSE;
}

static Frame *
push_frame (Scanner  *s,
            gboolean  is_array)
{
  Frame frame = { is_array, 0, s->path->len, NULL, NULL };

  if (s->frames->len >= ESC_JSON_MAX_DEPTH)
    {
      report (s, s->line, s->column, "too-deep",
              _("Arrays and objects nest too deep; this reader allows 64 levels."));
      s->fatal = TRUE;
      return NULL;
    }

  g_array_append_val (s->frames, frame);
  advance (s);
  return &g_array_index (s->frames, Frame, s->frames->len - 1);
}

static void
pop_frame (Scanner *s)
{
  g_array_set_size (s->frames, s->frames->len - 1);
}

static Frame *
top_frame (Scanner *s)
{
  return &g_array_index (s->frames, Frame, s->frames->len - 1);
}

/* Remembers @key in the innermost object; FALSE when it was there already. */
static gboolean
remember_key (Scanner    *s,
              const Span *key)
{
  Frame *frame = top_frame (s);
  const char *text = s->data + key->offset;

  if (frame->key_set != NULL)
    return g_hash_table_add (frame->key_set, g_strndup (text, key->length));

  if (frame->keys == NULL)
    frame->keys = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint i = 0; i < frame->keys->len; i++)
    {
      Span *seen = &g_array_index (frame->keys, Span, i);

      if (seen->length == key->length && memcmp (s->data + seen->offset, text, key->length) == 0)
        return FALSE;
    }

  g_array_append_val (frame->keys, *key);
  if (frame->keys->len > LINEAR_KEY_LIMIT)
    {
      frame->key_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < frame->keys->len; i++)
        {
          Span *seen = &g_array_index (frame->keys, Span, i);
          g_hash_table_add (frame->key_set, g_strndup (s->data + seen->offset, seen->length));
        }
      g_clear_pointer (&frame->keys, g_array_unref);
    }
  return TRUE;
}

static gboolean
scan_object (Scanner *s)
{
  Frame *frame = push_frame (s, FALSE);
  gsize base;

  if (frame == NULL)
    return FALSE;
  base = frame->path_length;

  skip_whitespace (s);
  if (peek (s) == '}')
    {
      advance (s);
      pop_frame (s);
      return TRUE;
    }

  for (;;)
    {
      guint line = s->line, column = s->column;
      Span key;

      if (peek (s) != '"' || !scan_string (s, &key))
        return FALSE;

      esc_json_path_append_member (s->path, s->data + key.offset, key.length);
      if (!remember_key (s, &key))
        report (s, line, column, "duplicate-key",
                _("This member appears twice in the same object."));

      skip_whitespace (s);
      if (peek (s) != ':')
        return FALSE;
      advance (s);
      skip_whitespace (s);
      if (!scan_value (s))
        return FALSE;
      g_string_truncate (s->path, base);

      skip_whitespace (s);
      if (peek (s) == '}')
        break;
      if (peek (s) != ',')
        return FALSE;
      advance (s);
      skip_whitespace (s);
    }

  advance (s);
  pop_frame (s);
  return TRUE;
}

static gboolean
scan_array (Scanner *s)
{
  Frame *frame = push_frame (s, TRUE);
  gsize base;
  guint index = 0;

  if (frame == NULL)
    return FALSE;
  base = frame->path_length;

  skip_whitespace (s);
  if (peek (s) == ']')
    {
      advance (s);
      pop_frame (s);
      return TRUE;
    }

  for (;;)
    {
      esc_json_path_append_index (s->path, index++);
      if (!scan_value (s))
        return FALSE;
      g_string_truncate (s->path, base);

      skip_whitespace (s);
      if (peek (s) == ']')
        break;
      if (peek (s) != ',')
        return FALSE;
      advance (s);
      skip_whitespace (s);
    }

  advance (s);
  pop_frame (s);
  return TRUE;
}

static gboolean
scan_value (Scanner *s)
{
  char c = peek (s);

  if (s->func != NULL)
    s->func (s->path->str, s->line, s->column, s->user_data);

  switch (c)
    {
    case '{':
      return scan_object (s);
    case '[':
      return scan_array (s);
    case '"':
      return scan_string (s, NULL);
    case 't':
    case 'f':
    case 'n':
      return scan_literal (s);
    default:
      if (c == '-' || g_ascii_isdigit (c))
        return scan_number (s);
      return FALSE;
    }
}

static void
run (Scanner *s)
{
  s->path = g_string_new ("$");
  s->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_array_set_clear_func (s->frames, frame_clear);
  s->line = s->column = 1;

  skip_whitespace (s);
  if (s->pos < s->length)
    scan_value (s);

  g_array_unref (s->frames);
  g_string_free (s->path, TRUE);
}

/**
 * esc_json_scan:
 * @data: valid UTF-8 (the caller checks), not necessarily nul-terminated
 * @problems: (element-type EscProblem): where problems go
 *
 * Returns: %FALSE when the bytes must not reach json-glib
 */
gboolean
esc_json_scan (const char *data,
               gsize       length,
               GPtrArray  *problems)
{
  Scanner s = { .data = data, .length = length, .problems = problems };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  run (&s);
  return !s.fatal;
}

/* Calls @func with the path, line and column of every value, in document order, up to
 * the first place the scanner does not understand. */
void
esc_json_scan_values (const char       *data,
                      gsize             length,
                      EscJsonValueFunc  func,
                      gpointer          user_data)
{
  Scanner s = { .data = data, .length = length, .func = func, .user_data = user_data };

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (func != NULL);

  run (&s);
}

/* The line and column of byte @offset, counting characters as the scanner does. */
void
esc_json_locate (const char *data,
                 gsize       length,
                 guint       offset,
                 guint      *line,
                 guint      *column)
{
  Scanner s = { .data = data, .length = MIN (length, offset), .line = 1, .column = 1 };

  while (s.pos < s.length)
    advance (&s);
  *line = s.line;
  *column = s.column;
}
