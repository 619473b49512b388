/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures read from a passage as its language writes them: "51,2 %" and "5.150.092" in
 * Spanish, "42.26%" and "21 million" in English, "20 de las 23" as 20 out of 23, "more
 * than 70 percent" with its qualifier. What a passage means is the author's call; this
 * only prefills the form they correct. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "esc-quoted-figure.h"

/* Languages that write 1,234.5; the rest write 1.234,5 (or 1 234,5). */
static const char * const point_decimal[] = { "en", "zh", "ja", "ko", "th", "he", "hi", "ms", "tl", NULL };

static const struct { const char *words; double factor; } magnitudes[] = {
  { "mil millones", 1e9 }, { "billion", 1e9 }, { "bilhões", 1e9 }, { "bilhão", 1e9 },
  { "millions", 1e6 }, { "million", 1e6 }, { "millones", 1e6 }, { "millón", 1e6 },
  { "milhões", 1e6 }, { "milhão", 1e6 }, { "thousand", 1e3 }, { "mil", 1e3 },
};

static const struct { const char *words; EscUnit unit; } units[] = {
  { "%", ESC_UNIT_PERCENT }, { "percent", ESC_UNIT_PERCENT }, { "per cent", ESC_UNIT_PERCENT },
  { "por ciento", ESC_UNIT_PERCENT }, { "por cento", ESC_UNIT_PERCENT },
  { "votes", ESC_UNIT_VOTES }, { "vote", ESC_UNIT_VOTES }, { "votos", ESC_UNIT_VOTES },
  { "hours", ESC_UNIT_HOURS }, { "horas", ESC_UNIT_HOURS },
  { "years", ESC_UNIT_YEARS }, { "años", ESC_UNIT_YEARS }, { "anos", ESC_UNIT_YEARS },
  { "people", ESC_UNIT_PEOPLE }, { "voters", ESC_UNIT_PEOPLE }, { "personas", ESC_UNIT_PEOPLE },
  { "pessoas", ESC_UNIT_PEOPLE }, { "votantes", ESC_UNIT_PEOPLE }, { "electores", ESC_UNIT_PEOPLE },
  { "eleitores", ESC_UNIT_PEOPLE },
};

/* Longer phrases first: "no more than" before "more than". */
static const struct { const char *words; EscQualifier qualifier; } qualifiers[] = {
  { "no more than", ESC_QUALIFIER_AT_MOST }, { "more than", ESC_QUALIFIER_MORE_THAN },
  { "over", ESC_QUALIFIER_MORE_THAN }, { "at least", ESC_QUALIFIER_AT_LEAST },
  { "at most", ESC_QUALIFIER_AT_MOST }, { "up to", ESC_QUALIFIER_AT_MOST },
  { "fewer than", ESC_QUALIFIER_FEWER_THAN }, { "less than", ESC_QUALIFIER_FEWER_THAN },
  { "about", ESC_QUALIFIER_ABOUT }, { "around", ESC_QUALIFIER_ABOUT }, { "nearly", ESC_QUALIFIER_ABOUT },
  { "almost", ESC_QUALIFIER_ABOUT }, { "roughly", ESC_QUALIFIER_ABOUT },
  { "approximately", ESC_QUALIFIER_ABOUT }, { "some", ESC_QUALIFIER_ABOUT },
  { "más de", ESC_QUALIFIER_MORE_THAN }, { "más del", ESC_QUALIFIER_MORE_THAN },
  { "mais de", ESC_QUALIFIER_MORE_THAN }, { "mais do", ESC_QUALIFIER_MORE_THAN },
  { "al menos", ESC_QUALIFIER_AT_LEAST }, { "por lo menos", ESC_QUALIFIER_AT_LEAST },
  { "como mínimo", ESC_QUALIFIER_AT_LEAST }, { "pelo menos", ESC_QUALIFIER_AT_LEAST },
  { "ao menos", ESC_QUALIFIER_AT_LEAST }, { "no mínimo", ESC_QUALIFIER_AT_LEAST },
  { "como máximo", ESC_QUALIFIER_AT_MOST }, { "no máximo", ESC_QUALIFIER_AT_MOST },
  { "hasta", ESC_QUALIFIER_AT_MOST }, { "até", ESC_QUALIFIER_AT_MOST },
  { "menos de", ESC_QUALIFIER_FEWER_THAN },
  { "alrededor de", ESC_QUALIFIER_ABOUT }, { "em torno de", ESC_QUALIFIER_ABOUT },
  { "cerca de", ESC_QUALIFIER_ABOUT }, { "casi", ESC_QUALIFIER_ABOUT }, { "quase", ESC_QUALIFIER_ABOUT },
  { "aproximadamente", ESC_QUALIFIER_ABOUT }, { "unos", ESC_QUALIFIER_ABOUT }, { "unas", ESC_QUALIFIER_ABOUT },
};

/* Numbers written as words, by language: a figure only where the passage has no
 * better one in digits. Articles ("un", "um") and words that are also other words
 * ("dos" is "of the" in Portuguese) are left out. */
static const struct { const char *language; const char *words; double value; } number_words[] = {
  { "en", "two", 2 }, { "en", "three", 3 }, { "en", "four", 4 }, { "en", "five", 5 }, { "en", "six", 6 },
  { "en", "seven", 7 }, { "en", "eight", 8 }, { "en", "nine", 9 }, { "en", "ten", 10 }, { "en", "eleven", 11 },
  { "en", "twelve", 12 }, { "en", "fifteen", 15 }, { "en", "twenty", 20 }, { "en", "thirty", 30 },
  { "en", "forty", 40 }, { "en", "fifty", 50 }, { "en", "hundred", 100 }, { "en", "a hundred", 100 },
  { "en", "one", 1 }, { "en", "a dozen", 12 },
  { "es", "dos", 2 }, { "es", "tres", 3 }, { "es", "cuatro", 4 }, { "es", "cinco", 5 }, { "es", "seis", 6 },
  { "es", "siete", 7 }, { "es", "ocho", 8 }, { "es", "nueve", 9 }, { "es", "diez", 10 }, { "es", "once", 11 },
  { "es", "doce", 12 }, { "es", "quince", 15 }, { "es", "veinte", 20 }, { "es", "treinta", 30 },
  { "es", "cuarenta", 40 }, { "es", "cincuenta", 50 }, { "es", "cien", 100 }, { "es", "uno", 1 },
  { "pt", "dois", 2 }, { "pt", "duas", 2 }, { "pt", "três", 3 }, { "pt", "quatro", 4 }, { "pt", "cinco", 5 },
  { "pt", "seis", 6 }, { "pt", "sete", 7 }, { "pt", "oito", 8 }, { "pt", "nove", 9 }, { "pt", "dez", 10 },
  { "pt", "onze", 11 }, { "pt", "doze", 12 }, { "pt", "quinze", 15 }, { "pt", "vinte", 20 }, { "pt", "trinta", 30 },
  { "pt", "quarenta", 40 }, { "pt", "cinquenta", 50 }, { "pt", "cem", 100 },
};

/* The primary language subtag, in lower case: "pt" of "pt-BR"; English by default. */
static char *
primary_language (const char *language)
{
  char *primary = g_ascii_strdown (language ? language : "en", -1);

  primary[strcspn (primary, "-_")] = '\0';
  return primary;
}

/* Fractions in words: a part of a whole. Longer phrases first. */
static const struct { const char *language; const char *words; double part, whole; } fraction_words[] = {
  { "en", "two-thirds", 2, 3 }, { "en", "two thirds", 2, 3 }, { "en", "three-quarters", 3, 4 },
  { "en", "three quarters", 3, 4 }, { "en", "one-third", 1, 3 }, { "en", "one third", 1, 3 },
  { "en", "a third", 1, 3 }, { "en", "a quarter", 1, 4 }, { "en", "half", 1, 2 },
  { "es", "dos tercios", 2, 3 }, { "es", "tres cuartos", 3, 4 }, { "es", "un tercio", 1, 3 },
  { "es", "un cuarto", 1, 4 }, { "es", "la mitad", 1, 2 },
  { "pt", "dois terços", 2, 3 }, { "pt", "três quartos", 3, 4 }, { "pt", "um terço", 1, 3 },
  { "pt", "um quarto", 1, 4 }, { "pt", "metade", 1, 2 },
};

/* What joins a part to its whole right after it: "seven in ten", "tres de cada cuatro". */
static const char * const wholes_next[] = { "in", "out of every", "de cada", "em cada", "en cada" };

/* What joins a part to its whole: "20 out of 23", "18 of the 23", "20 de las 23". */
static const char * const wholes[] = {
  "out of", "of the", "of", "de un total de", "de um total de", "do total de",
  "de las", "de los", "dos", "das", "de",
};

static gboolean
is_word_byte (guchar c)
{
  /* Bytes past ASCII belong to letters here: the passage's punctuation that matters is
   * ASCII, and an accented letter must not end a word. */
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Spaces a number may be grouped with, or words parted by: ASCII, no-break and narrow
 * no-break spaces. Returns their length at @p. */
static gsize
space_at (const char *p)
{
  if (*p == ' ')
    return 1;
  if (strncmp (p, "\xc2\xa0", 2) == 0)
    return 2;
  if (strncmp (p, "\xe2\x80\xaf", 3) == 0)
    return 3;
  return 0;
}

static const char *
skip_spaces (const char *p)
{
  for (gsize n; (n = space_at (p)) > 0;)
    p += n;
  return p;
}

/* Whether @p starts with @words, in any case, ending at a word's end; where it does,
 * *end is after them. */
static gboolean
starts_with_words (const char  *p,
                   const char  *words,
                   const char **end)
{
  gsize n = strlen (words);

  if (g_ascii_strncasecmp (p, words, n) != 0)
    return FALSE;
  if (g_ascii_isalnum (words[n - 1]) && is_word_byte (p[n]))
    return FALSE;
  *end = p + n;
  return TRUE;
}

static gboolean
point_is_decimal (const char *primary)
{
  return g_strv_contains (point_decimal, primary);
}

/* Digits, with the marks between them: "5.150.092", "51,2", "21 000". */
static const char *
scan_digits (const char *p,
             GString    *raw)
{
  while (g_ascii_isdigit (*p))
    {
      gsize space;

      g_string_append_c (raw, *p++);
      space = space_at (p);
      if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))
        g_string_append_c (raw, *p++);
      else if (space > 0 && g_ascii_isdigit (p[space]) && g_ascii_isdigit (p[space + 1])
               && g_ascii_isdigit (p[space + 2]) && !g_ascii_isdigit (p[space + 3]))
        {
          /* A space groups thousands only before exactly three digits. */
          g_string_append_c (raw, ' ');
          p += space;
        }
    }
  return p;
}

/* Which mark is the decimal one: the later of two kinds (1,234.5 or 1.234,5); one
 * kind used twice groups (5.150.092); used once, the language's decimal mark is one,
 * the other one too unless three digits follow it ("42.26" in Spanish text). */
static char
decimal_mark (const char *raw,
              gboolean    point_decimal_language)
{
  const char *dot = strrchr (raw, '.'), *comma = strrchr (raw, ',');
  const char *only = dot ? dot : comma;
  char own = point_decimal_language ? '.' : ',';

  if (dot && comma)
    return dot > comma ? '.' : ',';
  if (only == NULL || strchr (raw, *only) != only)
    return '\0';
  if (*only == own || strspn (only + 1, "0123456789") != 3)
    return *only;
  return '\0';
}

static double
interpret (const char *raw,
           char        mark,
           guint      *decimals)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *after = mark ? strrchr (raw, mark) : NULL;

  for (const char *p = raw; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (plain, *p);
    else if (p == after)
      g_string_append_c (plain, '.');
  *decimals = after ? (guint) strlen (after + 1) : 0;
  return g_ascii_strtod (plain->str, NULL);
}

/* The magnitude word after a number ("21 million", "cinco mil"), applied. */
static const char *
read_magnitude (const char *end,
                double     *value)
{
  const char *after;

  for (gsize m = 0; m < G_N_ELEMENTS (magnitudes); m++)
    if (starts_with_words (skip_spaces (end), magnitudes[m].words, &after))
      {
        *value *= magnitudes[m].factor;
        return after;
      }
  return end;
}

/* A number at @p with its magnitude word ("21 million"); NULL where none starts there. */
static const char *
read_number (const char *p,
             gboolean    point_decimal_language,
             double     *value,
             guint      *decimals)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  const char *end = scan_digits (p, raw);

  /* An ordinal or a name: 20th, 2º, G20 is not a figure. */
  if (raw->len == 0 || g_ascii_isalpha (*end) || strncmp (end, "\xc2\xba", 2) == 0 || strncmp (end, "\xc2\xaa", 2) == 0)
    return NULL;
  *value = interpret (raw->str, decimal_mark (raw->str, point_decimal_language), decimals);
  return read_magnitude (end, value);
}

/* A number in words of @primary's language at @p ("seven", "cinco mil"); NULL where
 * none starts there. */
static const char *
read_number_words (const char *p,
                   const char *primary,
                   double     *value)
{
  const char *after;

  for (gsize w = 0; w < G_N_ELEMENTS (number_words); w++)
    if (g_str_equal (number_words[w].language, primary) && starts_with_words (p, number_words[w].words, &after))
      {
        *value = number_words[w].value;
        return read_magnitude (after, value);
      }
  return NULL;
}

/* A number at @p in digits or in words; NULL where none starts there. */
static const char *
read_value (const char *p,
            const char *primary,
            double     *value,
            guint      *decimals)
{
  if (g_ascii_isdigit (*p))
    return read_number (p, point_is_decimal (primary), value, decimals);
  *decimals = 0;
  return read_number_words (p, primary, value);
}

static const char *
read_unit (const char *p,
           EscUnit    *unit)
{
  const char *after;

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    if (starts_with_words (skip_spaces (p), units[u].words, &after))
      {
        *unit = units[u].unit;
        return after;
      }
  *unit = ESC_UNIT_COUNT;
  return p;
}

/* The qualifier right before @start, and where it begins. */
static gsize
read_qualifier (const char   *passage,
                gsize         start,
                EscQualifier *qualifier)
{
  gsize from = start > 24 ? start - 24 : 0, end = start;
  g_autofree char *before = NULL;

  while (from < start && (passage[from] & 0xc0) == 0x80)
    from++;
  while (end > from && space_at (passage + end - 1) == 1)
    end--;
  before = g_utf8_casefold (passage + from, (gssize) (end - from));
  *qualifier = ESC_QUALIFIER_EXACT;
  for (gsize q = 0; q < G_N_ELEMENTS (qualifiers); q++)
    {
      gsize n = strlen (qualifiers[q].words), len = strlen (before);

      if (len >= n && strcmp (before + len - n, qualifiers[q].words) == 0
          && (len == n || !is_word_byte ((guchar) before[len - n - 1])))
        {
          *qualifier = qualifiers[q].qualifier;
          /* Casefolding keeps these phrases' length. */
          return end - n;
        }
    }
  return start;
}

static gboolean
year_like (double value,
           guint  decimals,
           gsize  length)
{
  return decimals == 0 && length == 4 && value >= 1900 && value <= 2100;
}

/* "out of 23", up to two words after the figure ("20 governorships out of 23"), or
 * "in 10" right after it ("seven in ten"). */
static const char *
read_whole (const char      *p,
            const char      *primary,
            EscQuotedFigure *figure)
{
  for (int words = 0; words <= 2; words++)
    {
      const char *q = skip_spaces (p), *after, *end;

      for (gsize w = 0; w < G_N_ELEMENTS (wholes) + (words == 0 ? G_N_ELEMENTS (wholes_next) : 0); w++)
        {
          const char *joint = w < G_N_ELEMENTS (wholes) ? wholes[w] : wholes_next[w - G_N_ELEMENTS (wholes)];
          double whole;
          guint decimals;

          if (!starts_with_words (q, joint, &after))
            continue;
          after = skip_spaces (after);
          end = read_value (after, primary, &whole, &decimals);
          if (end != NULL && whole >= figure->value && !year_like (whole, decimals, end - after))
            {
              figure->has_out_of = TRUE;
              figure->out_of = whole;
              return end;
            }
        }
      /* Past one more word. */
      if (!g_ascii_isalpha (*q) && (guchar) *q < 0x80)
        break;
      while (is_word_byte ((guchar) *q))
        q++;
      p = q;
    }
  return NULL;
}

/* A fraction in words at @p ("two-thirds"), as a part of a whole. */
static const char *
read_fraction (const char      *p,
               const char      *primary,
               EscQuotedFigure *figure)
{
  const char *after;

  for (gsize f = 0; f < G_N_ELEMENTS (fraction_words); f++)
    if (g_str_equal (fraction_words[f].language, primary) && starts_with_words (p, fraction_words[f].words, &after))
      {
        figure->value = fraction_words[f].part;
        figure->has_out_of = TRUE;
        figure->out_of = fraction_words[f].whole;
        return after;
      }
  return NULL;
}

/* The figure that starts at @at (its digits, or its first word), or FALSE where there
 * is none. */
static gboolean
read_figure (const char      *passage,
             gsize            at,
             gsize            taken,
             const char      *primary,
             EscQuotedFigure *figure,
             const char     **next)
{
  const char *p = passage + at, *end, *whole;

  memset (figure, 0, sizeof *figure);
  *next = p + MAX (1, strspn (p, "0123456789.,"));
  /* Part of a word or a name: COVID-19, A4. */
  if (at > 0 && (is_word_byte ((guchar) p[-1]) || (p[-1] == '-' && at > 1 && is_word_byte ((guchar) p[-2]))))
    return FALSE;
  figure->in_words = !g_ascii_isdigit (*p);
  if (figure->in_words && (end = read_fraction (p, primary, figure)) != NULL)
    figure->unit = ESC_UNIT_COUNT;
  else
    {
      end = read_value (p, primary, &figure->value, &figure->decimals);
      if (end == NULL || !isfinite (figure->value))
        return FALSE;
      *next = end;
      end = read_unit (end, &figure->unit);
      if (figure->unit != ESC_UNIT_PERCENT && (whole = read_whole (end, primary, figure)) != NULL)
        end = whole;
    }
  figure->start = read_qualifier (passage, at, &figure->qualifier);
  /* A qualifier is no qualifier where it is part of the figure before. */
  if (figure->start < taken)
    figure->start = at, figure->qualifier = ESC_QUALIFIER_EXACT;
  figure->end = end - passage;
  /* The whole is this figure's, not the next one. */
  *next = end;
  return TRUE;
}

/**
 * esc_quoted_figures_find:
 * @passage: text of an article, as it has it
 * @language: (nullable): the article's language tag
 *
 * Returns: (transfer full) (element-type EscQuotedFigure): every figure the passage
 *   states, in its order
 */
GArray *
esc_quoted_figures_find (const char *passage,
                         const char *language)
{
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (EscQuotedFigure));
  g_autofree char *primary = primary_language (language);
  gsize taken = 0;

  g_return_val_if_fail (passage != NULL, figures);
  for (const char *p = passage; *p != '\0';)
    {
      EscQuotedFigure figure;
      const char *next;

      /* Digits, or a word's start. */
      if (!g_ascii_isdigit (*p) && !(g_ascii_isalpha (*p) && (p == passage || !is_word_byte ((guchar) p[-1]))))
        {
          p++;
          continue;
        }
      if (read_figure (passage, p - passage, taken, primary, &figure, &next))
        {
          g_array_append_val (figures, figure);
          taken = figure.end;
        }
      p = next;
    }
  return figures;
}

static gboolean
year_at (const char            *passage,
         const EscQuotedFigure *figure)
{
  const char *digits = passage + figure->start + strcspn (passage + figure->start, "0123456789");

  return year_like (figure->value, figure->decimals, strspn (digits, "0123456789"));
}

/* Whether a figure is more than a bare number: a qualifier, a whole or a unit. */
static gboolean
telling (const EscQuotedFigure *figure)
{
  return figure->qualifier != ESC_QUALIFIER_EXACT || figure->has_out_of || figure->unit != ESC_UNIT_COUNT;
}

/**
 * esc_quoted_figures_pick:
 * @figures: (element-type EscQuotedFigure): what esc_quoted_figures_find() found in
 *   @passage, not empty
 *
 * Returns: the index of the figure @passage is most likely cited for: its first in
 *   digits that is not a bare year, else its first in digits, else its first in words
 *   that says more than a bare number, else its first
 */
guint
esc_quoted_figures_pick (GArray     *figures,
                         const char *passage)
{
  guint first_digits = G_MAXUINT, first_telling_words = G_MAXUINT;

  g_return_val_if_fail (figures != NULL && figures->len > 0, 0);

  for (guint i = 0; i < figures->len; i++)
    {
      EscQuotedFigure *figure = &g_array_index (figures, EscQuotedFigure, i);

      if (figure->in_words)
        {
          if (telling (figure) && first_telling_words == G_MAXUINT)
            first_telling_words = i;
          continue;
        }
      if (telling (figure) || !year_at (passage, figure))
        return i;
      if (first_digits == G_MAXUINT)
        first_digits = i;
    }
  return first_digits != G_MAXUINT ? first_digits : first_telling_words != G_MAXUINT ? first_telling_words : 0;
}

/**
 * esc_quoted_figure_parse:
 *
 * The figure a passage is most likely cited for (esc_quoted_figures_pick()).
 *
 * Returns: whether @passage states any
 */
gboolean
esc_quoted_figure_parse (const char      *passage,
                         const char      *language,
                         EscQuotedFigure *figure)
{
  g_autoptr(GArray) figures = esc_quoted_figures_find (passage, language);

  if (figures->len == 0)
    return FALSE;
  *figure = g_array_index (figures, EscQuotedFigure, esc_quoted_figures_pick (figures, passage));
  return TRUE;
}
