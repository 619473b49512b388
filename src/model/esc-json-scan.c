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
  gsize path_length;
  GPtrArray *keys;         /* owned strings, while few */
  GHashTable *key_set;     /* owned strings, once many */
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
  GHashTable *decimals;    /* path → decimals + 1, for the numbers figures print */
  GHashTable *number_texts; /* path → text, of numbers with a fraction or an exponent */
  GPtrArray *members;      /* EscJsonMember of the top-level object, when wanted */
  EscJsonMember *member;   /* the top-level member whose value is being scanned */
  EscJsonValueFunc func;
  gpointer user_data;
  gboolean fatal;
} Scanner;

void
esc_json_member_free (EscJsonMember *member)
{
  g_free (member->name);
  g_clear_pointer (&member->elements, g_array_unref);
  g_free (member);
}

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

/* Truncates @path to its parent ("$.a[2].b" → "$.a[2]"), reading the components the
 * way the functions above write them, so that a key such as "[" or "x.y" cannot fool
 * it. Returns FALSE at "$". */
gboolean
esc_json_path_to_parent (char *path)
{
  gsize last = 0;
  gsize i = 1;

  g_return_val_if_fail (path != NULL && path[0] == '$', FALSE);

  while (path[i] != '\0')
    {
      last = i;
      if (path[i] == '.')
        {
          for (i++; path[i] != '\0' && path[i] != '.' && path[i] != '['; i++)
            ;
        }
      else if (path[i] == '[' && path[i + 1] == '"')
        {
          for (i += 2; path[i] != '\0' && path[i] != '"'; i++)
            if (path[i] == '\\' && path[i + 1] != '\0')
              i++;
          i += path[i] == '"' ? 2 : 0;   /* past the closing quote and bracket */
        }
      else
        {
          for (; path[i] != '\0' && path[i] != ']'; i++)
            ;
          i += path[i] == ']' ? 1 : 0;
        }
    }

  if (last == 0)
    return FALSE;

  path[last] = '\0';
  return TRUE;
}

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->keys, g_ptr_array_unref);
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

/* Anything that is not strict RFC 8259 ends the scan: json-glib 1.6 accepts single
 * quotes, comments, hex numbers, "\v", lone surrogates and a second value after the
 * first, and a file that two parsers read differently is not one to trust. */
static gboolean
syntax_error_at (Scanner    *s,
                 guint       line,
                 guint       column,
                 const char *message)
{
  report (s, line, column, "syntax", message);
  s->fatal = TRUE;
  return FALSE;
}

static gboolean
syntax_error (Scanner    *s,
              const char *message)
{
  if (s->pos >= s->length)
    message = _("The file ends before the JSON value is complete.");
  return syntax_error_at (s, s->line, s->column, message);
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);
      if (digit < 0)
        return -1;
      value = value << 4 | digit;
    }
  return value;
}

/* Reads "\uXXXX" (and its low surrogate, when it is a high one) at s->pos. */
static gboolean
scan_unicode_escape (Scanner  *s,
                     gunichar *out)
{
  int unit, low;

  if (s->length - s->pos < 6 || (unit = hex4 (s->data + s->pos + 2)) < 0)
    return syntax_error (s, _("A “\\u” escape needs four hexadecimal digits."));

  if (unit >= 0xdc00 && unit <= 0xdfff)
    return syntax_error (s, _("This “\\u” escape is half of a surrogate pair, without its first half."));

  if (unit >= 0xd800 && unit <= 0xdbff)
    {
      if (s->length - s->pos < 12 || s->data[s->pos + 6] != '\\' || s->data[s->pos + 7] != 'u'
          || (low = hex4 (s->data + s->pos + 8)) < 0xdc00 || low > 0xdfff)
        return syntax_error (s, _("This “\\u” escape is half of a surrogate pair, without its second half."));
      *out = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
      for (int i = 0; i < 12; i++)
        advance (s);
      return TRUE;
    }

  *out = unit;
  for (int i = 0; i < 6; i++)
    advance (s);
  return TRUE;
}

/* Most of a dataset is string content with nothing to check but where it ends: skip
 * such a run in one tight loop, counting columns in characters as advance() does. */
static inline void
scan_plain_run (Scanner *s,
                GString *decoded)
{
  const guchar *start = (const guchar *) s->data + s->pos;
  const guchar *end = (const guchar *) s->data + s->length;
  const guchar *p = start;
  guint column = s->column;

  while (p < end && *p != '"' && *p != '\\' && *p >= 0x20)
    {
      column += (*p & 0xc0) != 0x80;
      p++;
    }
  if (decoded != NULL)
    g_string_append_len (decoded, (const char *) start, p - start);
  s->pos += p - start;
  s->column = column;
}

/* Scans a string from its opening quote. With @decoded, also gives its text with the
 * escapes resolved, so that "\u0066ormat" and "format" are the same key. */
static gboolean
scan_string (Scanner *s,
             GString *decoded)
{
  guint line = s->line, column = s->column;
  gboolean control_reported = FALSE, nul_reported = FALSE;

  advance (s);
  while (s->pos < s->length)
    {
      guchar c;

      scan_plain_run (s, decoded);
      if (s->pos >= s->length)
        break;
      c = s->data[s->pos];
      if (c == '"')
        {
          advance (s);
          return TRUE;
        }

      if (c == '\\')
        {
          static const char simple[] = "\"\\/bfnrt";
          static const char meaning[] = "\"\\/\b\f\n\r\t";
          char next = s->pos + 1 < s->length ? s->data[s->pos + 1] : '\0';
          const char *found = next != '\0' ? strchr (simple, next) : NULL;
          gunichar unichar = 0;

          if (next == 'u')
            {
              if (!scan_unicode_escape (s, &unichar))
                return FALSE;
              if (unichar == 0 && !nul_reported)
                {
                  report (s, line, column, "nul-character",
                          _("The string contains “\\u0000”, which would cut it short."));
                  nul_reported = TRUE;
                }
              if (decoded != NULL)
                g_string_append_unichar (decoded, unichar);
              continue;
            }
          if (found == NULL)
            return syntax_error (s, _("This is not a JSON escape: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX."));
          if (decoded != NULL)
            g_string_append_c (decoded, meaning[found - simple]);
          advance (s);
          advance (s);
          continue;
        }

      if (c < 0x20)
        {
          if (!control_reported)
            report (s, s->line, s->column, "control-character",
                    _("The string contains a raw control character; write it escaped, as “\\n” or “\\t”."));
          control_reported = TRUE;
          /* json-glib would read a NUL byte as the end of the file. */
          if (c == '\0')
            s->fatal = TRUE;
        }
      if (decoded != NULL)
        g_string_append_c (decoded, c);
      advance (s);
    }

  return syntax_error (s, NULL);
}

static gboolean
integer_fits (const char *digits,
              gsize       length,
              gboolean    negative)
{
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  if (length != 19)
    return length < 19;
  return memcmp (digits, limit, 19) <= 0;
}

static gsize
skip_digits (Scanner *s)
{
  gsize start = s->pos;

  while (s->pos < s->length && g_ascii_isdigit (s->data[s->pos]))
    advance (s);
  return s->pos - start;
}

/* json-glib keeps 28.0 as 28: the digits a source printed are only in the text. Kept
 * for the members that hold figures, which is all the model shows. */
static void
remember_decimals (Scanner *s,
                   gsize    fraction_length)
{
  static const char *members[] = { ".value", ".counted", ".out_of", ".share" };

  if (s->decimals == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (g_str_has_suffix (s->path->str, members[i]))
      {
        g_hash_table_insert (s->decimals, g_strdup (s->path->str), GUINT_TO_POINTER (MIN (fraction_length, 20) + 1));
        return;
      }
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and nothing glued to it. */
static gboolean
scan_number (Scanner *s)
{
  guint line = s->line, column = s->column;
  gsize start = s->pos, int_start, int_length, fraction_length = 0;
  gboolean negative = FALSE, integral = TRUE, exponent = FALSE;
  g_autofree char *text = NULL;

  if (peek (s) == '-')
    {
      negative = TRUE;
      advance (s);
    }

  int_start = s->pos;
  int_length = skip_digits (s);
  if (int_length == 0 || (int_length > 1 && s->data[int_start] == '0'))
    return syntax_error_at (s, line, column, _("This is not a JSON number (no leading zeros, “+”, “.5” or hexadecimal)."));

  if (peek (s) == '.')
    {
      integral = FALSE;
      advance (s);
      if ((fraction_length = skip_digits (s)) == 0)
        return syntax_error_at (s, line, column, _("A decimal point needs digits after it."));
    }

  if (peek (s) == 'e' || peek (s) == 'E')
    {
      integral = FALSE;
      exponent = TRUE;
      advance (s);
      if (peek (s) == '+' || peek (s) == '-')
        advance (s);
      if (skip_digits (s) == 0)
        return syntax_error_at (s, line, column, _("An exponent needs digits."));
    }

  if (g_ascii_isalnum (peek (s)) || peek (s) == '.' || peek (s) == '_')
    return syntax_error_at (s, line, column, _("This is not a JSON number (no leading zeros, “+”, “.5” or hexadecimal)."));

  if (integral)
    {
      if (!integer_fits (s->data + int_start, int_length, negative))
        report (s, line, column, "number-out-of-range", _("The integer does not fit in 64 bits."));
      return TRUE;
    }

  text = g_strndup (s->data + start, s->pos - start);
  if (!isfinite (g_ascii_strtod (text, NULL)))
    report (s, line, column, "number-out-of-range", _("The number is too large to represent."));
  if (!exponent)
    remember_decimals (s, fraction_length);
  if (s->number_texts != NULL)
    g_hash_table_insert (s->number_texts, g_strdup (s->path->str), g_steal_pointer (&text));
  return TRUE;
}

static gboolean
scan_literal (Scanner *s)
{
  static const char *literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if (s->length - s->pos >= len && memcmp (s->data + s->pos, literals[i], len) == 0
          && !(s->pos + len < s->length && g_ascii_isalnum (s->data[s->pos + len])))
        {
          for (gsize j = 0; j < len; j++)
            advance (s);
          return TRUE;
        }
    }

  return syntax_error (s, _("Expected a value: a string in double quotes, a number, an object, an array, true, false or null."));
}

static Frame *
push_frame (Scanner *s)
{
  Frame frame = { s->path->len, NULL, NULL };

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
              const char *key)
{
  Frame *frame = top_frame (s);

  if (frame->key_set != NULL)
    return g_hash_table_add (frame->key_set, g_strdup (key));

  if (frame->keys == NULL)
    frame->keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < frame->keys->len; i++)
    if (g_str_equal (g_ptr_array_index (frame->keys, i), key))
      return FALSE;

  g_ptr_array_add (frame->keys, g_strdup (key));
  if (frame->keys->len > LINEAR_KEY_LIMIT)
    {
      frame->key_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < frame->keys->len; i++)
        g_hash_table_add (frame->key_set, g_ptr_array_steal_index_fast (frame->keys, i--));
      g_clear_pointer (&frame->keys, g_ptr_array_unref);
    }
  return TRUE;
}

static gboolean
scan_object (Scanner *s)
{
  g_autoptr(GString) key = g_string_new (NULL);
  Frame *frame = push_frame (s);
  gboolean top = s->members != NULL && s->frames->len == 1;
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

      if (peek (s) != '"')
        return syntax_error (s, _("Expected a member name in double quotes."));
      g_string_truncate (key, 0);
      if (!scan_string (s, key))
        return FALSE;

      esc_json_path_append_member (s->path, key->str, key->len);
      if (!remember_key (s, key->str))
        report (s, line, column, "duplicate-key", _("This member appears twice in the same object."));

      skip_whitespace (s);
      if (peek (s) != ':')
        return syntax_error (s, _("Expected “:” after the member name."));
      advance (s);
      skip_whitespace (s);
      if (top)
        {
          s->member = g_new0 (EscJsonMember, 1);
          s->member->name = g_strndup (key->str, key->len);
          s->member->value.start = s->pos;
          g_ptr_array_add (s->members, s->member);
        }
      if (!scan_value (s))
        return FALSE;
      if (top)
        {
          s->member->value.end = s->pos;
          s->member = NULL;
        }
      g_string_truncate (s->path, base);

      skip_whitespace (s);
      if (peek (s) == '}')
        break;
      if (peek (s) != ',')
        return syntax_error (s, _("Expected “,” or “}”."));
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
  Frame *frame = push_frame (s);
  /* The value of a top-level member: its elements are the loader's pieces. */
  GArray *elements = s->member != NULL && s->frames->len == 2 ? g_array_new (FALSE, FALSE, sizeof (EscJsonSpan)) : NULL;
  guint index = 0;
  gsize base;

  if (frame == NULL)
    return FALSE;
  base = frame->path_length;
  if (elements != NULL)
    s->member->elements = elements;

  skip_whitespace (s);
  if (peek (s) == ']')
    {
      advance (s);
      pop_frame (s);
      return TRUE;
    }

  for (;;)
    {
      EscJsonSpan span = { s->pos, 0 };

      esc_json_path_append_index (s->path, index++);
      if (!scan_value (s))
        return FALSE;
      span.end = s->pos;
      if (elements != NULL)
        g_array_append_val (elements, span);
      g_string_truncate (s->path, base);

      skip_whitespace (s);
      if (peek (s) == ']')
        break;
      if (peek (s) != ',')
        return syntax_error (s, _("Expected “,” or “]”."));
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

  if (s->pos >= s->length)
    return syntax_error (s, NULL);

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
    default:
      if (c == '-' || g_ascii_isdigit (c))
        return scan_number (s);
      return scan_literal (s);
    }
}

static void
run (Scanner *s)
{
  if (s->path == NULL)
    s->path = g_string_new ("$");
  s->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_array_set_clear_func (s->frames, frame_clear);
  if (s->line == 0)
    s->line = s->column = 1;

  skip_whitespace (s);
  if (s->pos < s->length && scan_value (s))
    {
      skip_whitespace (s);
      if (s->pos < s->length)
        syntax_error (s, _("There is more after the end of the JSON value."));
    }

  g_array_unref (s->frames);
  g_string_free (s->path, TRUE);
}

/**
 * esc_json_scan:
 * @data: valid UTF-8 (the caller checks), not necessarily nul-terminated
 * @problems: (element-type EscProblem): where problems go
 * @decimals: (nullable): filled with the JSON path of every number written with a
 *   decimal point in a "value", "counted", "out_of" or "share" member, mapped to its number of
 *   decimals plus one (see esc_json_decimals_lookup())
 *
 * @members: (nullable) (element-type EscJsonMember): filled with the members of the
 *   top-level object, if it is one, in file order, with where each value and each
 *   element of an array value lies
 *
 * Returns: %FALSE when the bytes must not reach json-glib
 */
gboolean
esc_json_scan (const char *data,
               gsize       length,
               GPtrArray  *problems,
               GHashTable *decimals,
               GPtrArray  *members)
{
  Scanner s = { .data = data, .length = length, .problems = problems, .decimals = decimals, .members = members };

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

/* As esc_json_scan_values(), over the one value at @span of @data, which is at @path,
 * @line and @column: where the scanner found a piece (EscJsonMember). */
void
esc_json_scan_values_in (const char       *data,
                         EscJsonSpan       span,
                         const char       *path,
                         guint             line,
                         guint             column,
                         EscJsonValueFunc  func,
                         gpointer          user_data)
{
  Scanner s = { .data = data + span.start, .length = span.end - span.start, .func = func, .user_data = user_data,
                .path = g_string_new (path), .line = line, .column = column };

  g_return_if_fail (func != NULL);

  run (&s);
}

/**
 * esc_json_scan_numbers:
 * @number_texts: filled with the JSON path of every number written with a fraction or
 *   an exponent, mapped to its text: json-glib keeps such numbers as doubles only, and
 *   its generator prints 51.2 as 51.200000000000003 and 28.0 as 28.0 but 1e3 as 1000.0.
 *   Integers come back from json-glib as written.
 *
 * For data the scanner accepted (esc_json_scan() returned %TRUE).
 */
void
esc_json_scan_numbers (const char *data,
                       gsize       length,
                       GHashTable *number_texts)
{
  Scanner s = { .data = data, .length = length, .number_texts = number_texts };

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (number_texts != NULL);

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

/* The decimals the number at @path was written with: 1 for "28.0", 0 for "28". */
guint
esc_json_decimals_lookup (GHashTable *decimals,
                          const char *path)
{
  gpointer found = decimals ? g_hash_table_lookup (decimals, path) : NULL;

  return found ? GPOINTER_TO_UINT (found) - 1 : 0;
}
