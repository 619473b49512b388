/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "esc-csv.h"

struct _EscCsv
{
  GBytes *bytes;       /* the text, UTF-8, without a byte-order mark */
  const char *text;
  gsize size;
  gsize body;          /* where the rows after the header start */
  guint body_line;
  gsize pos;
  guint line;
  char delimiter;
  GPtrArray *header;
};

G_DEFINE_QUARK (esc-csv-error-quark, esc_csv_error)

static guint
line_at (const char *text,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    line += text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n');
  return line;
}

#define HIGH_BITS G_GUINT64_CONSTANT (0x8080808080808080)
#define LOW_BITS G_GUINT64_CONSTANT (0x0101010101010101)

/* g_utf8_validate_len() (which refuses a NUL too), eight bytes at a time where they are
 * ASCII, as nearly all of a tally file is: GLib's goes byte by byte, and took a fifth
 * of the count. */
static gboolean
validate_utf8 (const char  *text,
               gsize        size,
               const char **end)
{
  const char *p = text, *stop = text + size;

  while (p < stop)
    {
      guint64 word;
      const char *run;

      /* Neither a byte with its high bit set nor a zero byte among the eight. */
      while (stop - p >= 8 && (memcpy (&word, p, 8), (word & HIGH_BITS) == 0 && ((word - LOW_BITS) & HIGH_BITS) == 0))
        p += 8;
      while (p < stop && (guchar) *p < 0x80 && *p != '\0')
        p++;
      if (p == stop)
        break;
      if (*p == '\0')
        {
          *end = p;
          return FALSE;
        }
      /* A character that is not ASCII, checked with what follows it up to the next
       * ASCII byte. */
      run = p;
      while (p < stop && (guchar) *p >= 0x80)
        p++;
      if (!g_utf8_validate_len (run, p - run, end))
        return FALSE;
    }
  return TRUE;
}

/* The file's text as UTF-8: converted from @encoding when one is named, from UTF-16
 * when a byte-order mark says so; otherwise it must be UTF-8 already, and where it is
 * not, the error says on which line, so that the user can pick the encoding. */
static GBytes *
to_utf8 (GBytes      *bytes,
         const char  *encoding,
         GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end;
  char *converted;
  gsize written;

  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0)
    {
      if (size >= 2 && (guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
        encoding = "UTF-16LE";
      else if (size >= 2 && (guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)
        encoding = "UTF-16BE";
    }
  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0)
    {
      gsize skip = size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

      if (!validate_utf8 (data + skip, size - skip, &end))
        {
          g_set_error (error, ESC_CSV_ERROR, ESC_CSV_ERROR_ENCODING,
                       _("Line %u is not UTF-8 text: the file is in another encoding, such as Windows-1252 or ISO-8859-1; choose it"),
                       line_at (data, end - data));
          return NULL;
        }
      return g_bytes_new_from_bytes (bytes, skip, size - skip);
    }

  converted = g_convert (data, size, "UTF-8", encoding, NULL, &written, error);
  if (converted == NULL)
    return NULL;
  if (written >= 3 && memcmp (converted, "\xef\xbb\xbf", 3) == 0)
    memmove (converted, converted + 3, (written -= 3));
  return g_bytes_new_take (converted, written);
}

/* The delimiter is whichever of comma, semicolon and tab the header holds most of,
 * outside quotes: a header names every column once, so it holds one fewer than the
 * columns, and its names rarely hold the others. */
static char
guess_delimiter (const char *text,
                 gsize       size)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = 0; i < size && (quoted || (text[i] != '\n' && text[i] != '\r')); i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      for (guint c = 0; !quoted && c < G_N_ELEMENTS (candidates); c++)
        counts[c] += text[i] == candidates[c];
    }
  for (guint c = 1; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > counts[best])
      best = c;
  return candidates[best];
}

EscCsv *
esc_csv_new (GBytes      *bytes,
             const char  *encoding,
             GError     **error)
{
  g_autoptr(EscCsv) self = g_new0 (EscCsv, 1);
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (EscCsvField));
  EscCsvRow row;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* An empty file's data may be NULL, where even adding 0 is undefined. */
  if (g_bytes_get_size (bytes) > 0)
    self->bytes = to_utf8 (bytes, encoding, error);
  else
    g_set_error_literal (error, ESC_CSV_ERROR, ESC_CSV_ERROR_EMPTY, _("The file has no rows"));
  if (self->bytes == NULL)
    return NULL;
  self->text = g_bytes_get_data (self->bytes, &self->size);
  if (self->size == 0)
    {
      g_set_error_literal (error, ESC_CSV_ERROR, ESC_CSV_ERROR_EMPTY, _("The file has no rows"));
      return NULL;
    }
  self->delimiter = guess_delimiter (self->text, self->size);
  self->line = 1;
  if (!esc_csv_next_row (self, fields, &row))
    {
      g_set_error_literal (error, ESC_CSV_ERROR, ESC_CSV_ERROR_EMPTY, _("The file has no rows"));
      return NULL;
    }
  self->header = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (self->header, g_strstrip (esc_csv_field_dup (&g_array_index (fields, EscCsvField, i))));
  self->body = self->pos;
  self->body_line = self->line;
  return g_steal_pointer (&self);
}

void
esc_csv_free (EscCsv *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_free (self);
}

char
esc_csv_get_delimiter (EscCsv *self)
{
  return self->delimiter;
}

/* The names of the columns, as the first row gives them, without surrounding spaces. */
GPtrArray *
esc_csv_get_header (EscCsv *self)
{
  return self->header;
}

/* The size of the text and how far the reading has come, for a progress bar. */
gsize
esc_csv_get_size (EscCsv *self)
{
  return self->size;
}

gsize
esc_csv_get_position (EscCsv *self)
{
  return self->pos;
}

/* Back to the first row after the header. */
void
esc_csv_rewind (EscCsv *self)
{
  self->pos = self->body;
  self->line = self->body_line;
}

/* Whether the byte at @pos ends a line: a line feed, or a carriage return alone (as old
 * Mac files end lines); CR LF counts once, at its LF. */
static gboolean
ends_line (EscCsv *self,
           gsize   pos)
{
  return self->text[pos] == '\n' || (self->text[pos] == '\r' && (pos + 1 >= self->size || self->text[pos + 1] != '\n'));
}

/* A quoted field, from after its opening quote: ends at the quote that is not doubled. */
static gsize
read_quoted (EscCsv      *self,
             gsize        pos,
             EscCsvField *field,
             EscCsvRow   *row)
{
  const char *text = self->text;

  field->start = text + pos;
  for (; pos < self->size; pos++)
    {
      if (ends_line (self, pos))
        self->line++;
      else if (text[pos] == '"')
        {
          if (pos + 1 < self->size && text[pos + 1] == '"')
            {
              field->escaped = TRUE;
              pos++;
              continue;
            }
          field->len = text + pos - field->start;
          pos++;
          /* Anything between the closing quote and the delimiter is dropped, as
           * spreadsheets do. */
          while (pos < self->size && text[pos] != self->delimiter && text[pos] != '\n' && text[pos] != '\r')
            pos++;
          return pos;
        }
    }
  field->len = text + pos - field->start;
  row->unclosed = TRUE;
  return pos;
}

static gsize
read_plain (EscCsv      *self,
            gsize        pos,
            EscCsvField *field)
{
  const char *text = self->text;
  const char delimiter = self->delimiter;

  field->start = text + pos;
  while (pos < self->size && text[pos] != delimiter && text[pos] != '\n' && text[pos] != '\r')
    pos++;
  field->len = text + pos - field->start;
  return pos;
}

/* The next row that is not blank into @fields, an array of EscCsvField; FALSE at the
 * end of the file. */
gboolean
esc_csv_next_row (EscCsv    *self,
                  GArray    *fields,
                  EscCsvRow *row)
{
  const char *text = self->text;
  gsize pos = self->pos;

  g_array_set_size (fields, 0);
  while (pos < self->size && (text[pos] == '\n' || text[pos] == '\r'))
    self->line += ends_line (self, pos++);
  if (pos >= self->size)
    {
      self->pos = pos;
      return FALSE;
    }

  row->line = self->line;
  row->unclosed = FALSE;
  for (;;)
    {
      EscCsvField field = { NULL, 0, FALSE };

      if (text[pos] == '"')
        pos = read_quoted (self, pos + 1, &field, row);
      else
        pos = read_plain (self, pos, &field);
      g_array_append_val (fields, field);
      if (pos >= self->size || text[pos] != self->delimiter)
        break;
      pos++;
      if (pos >= self->size)
        {
          EscCsvField empty = { text + pos, 0, FALSE };

          g_array_append_val (fields, empty);
          break;
        }
    }
  self->pos = pos;
  return TRUE;
}

/* The field's text, with doubled quotes made single. */
char *
esc_csv_field_dup (const EscCsvField *field)
{
  char *copy = g_strndup (field->start, field->len);
  char *to = copy;

  if (!field->escaped)
    return copy;
  for (const char *from = copy; *from != '\0'; from++)
    {
      *to++ = *from;
      if (from[0] == '"' && from[1] == '"')
        from++;
    }
  *to = '\0';
  return copy;
}

static gboolean
is_group_separator (const char *p,
                    const char *end,
                    guint      *len)
{
  static const char * const separators[] = { ".", ",", " ", "'", "\xc2\xa0", "\xe2\x80\xaf", "\xe2\x80\x89" };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      *len = strlen (separators[i]);
      if ((gsize) (end - p) >= *len && memcmp (p, separators[i], *len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A whole number as spreadsheets export one: digits, optionally grouped by threes with
 * a dot, comma, space, no-break space or apostrophe (5.150.092, 5,150,092, 5 150 092),
 * optionally followed by a fraction of zeros (1234.0, as a number column often comes
 * out). Counts are whole, so 1.234 is a thousand and more, never one and a bit. */
EscCsvCount
esc_csv_field_count (const EscCsvField *field,
                     gint64            *count)
{
  const char *p = field->start, *end = field->start + field->len;
  gboolean negative = FALSE;
  guint64 value = 0;
  guint digits = 0, group = 0, sep_len;
  gboolean grouped = FALSE;

  while (p < end && g_ascii_isspace (*p))
    p++;
  while (end > p && g_ascii_isspace (end[-1]))
    end--;
  if (p == end)
    return ESC_CSV_COUNT_EMPTY;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  for (; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (value > ESC_CSV_MAX_COUNT / 10)
            return ESC_CSV_COUNT_NOT_A_NUMBER;
          value = value * 10 + (guint) (*p - '0');
          digits++;
          group++;
          continue;
        }
      if (!is_group_separator (p, end, &sep_len) || digits == 0)
        return ESC_CSV_COUNT_NOT_A_NUMBER;
      {
        const char *after = p + sep_len;
        gboolean group_ok = grouped ? group == 3 : group <= 3;
        guint n = 0, next_len;

        while (after + n < end && g_ascii_isdigit (after[n]))
          n++;
        /* A dot or comma before the last digits is a decimal point unless it groups
         * them by three. */
        if ((*p == '.' || *p == ',') && n > 0 && after + n == end && !(n == 3 && group_ok))
          {
            for (guint i = 0; i < n; i++)
              if (after[i] != '0')
                return ESC_CSV_COUNT_FRACTION;
            break;
          }
        if (!group_ok || n != 3 || (after + n < end && !is_group_separator (after + n, end, &next_len)))
          return ESC_CSV_COUNT_NOT_A_NUMBER;
        p = after - 1;
        grouped = TRUE;
        group = 0;
      }
    }
  if (digits == 0)
    return ESC_CSV_COUNT_NOT_A_NUMBER;
  if (grouped && group != 3)
    return ESC_CSV_COUNT_NOT_A_NUMBER;
  if (value > ESC_CSV_MAX_COUNT)
    return ESC_CSV_COUNT_NOT_A_NUMBER;
  if (negative && value > 0)
    return ESC_CSV_COUNT_NEGATIVE;
  *count = (gint64) value;
  return ESC_CSV_COUNT;
}
