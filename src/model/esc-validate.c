/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The value syntaxes of docs/dataset-format.md, each in one place. */
#include "esc-validate.h"

#include <stdlib.h>
#include <string.h>

gboolean
esc_is_valid_id (const char *text)
{
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);

  length = strlen (text);
  if (length == 0 || length > 64 || !(g_ascii_islower (text[0]) || g_ascii_isdigit (text[0])))
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!(g_ascii_islower (text[i]) || g_ascii_isdigit (text[i]) || strchr ("-_.", text[i]) != NULL))
      return FALSE;

  return TRUE;
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists. */
gboolean
esc_is_valid_partial_date (const char *text)
{
  gsize length;
  int year, month = 1, day = 1;

  g_return_val_if_fail (text != NULL, FALSE);

  length = strlen (text);
  if ((length != 4 && length != 7 && length != 10) || !all_digits (text, 4))
    return FALSE;
  year = atoi (text);

  if (length >= 7)
    {
      if (text[4] != '-' || !all_digits (text + 5, 2))
        return FALSE;
      month = (text[5] - '0') * 10 + (text[6] - '0');
    }
  if (length == 10)
    {
      if (text[7] != '-' || !all_digits (text + 8, 2))
        return FALSE;
      day = (text[8] - '0') * 10 + (text[9] - '0');
    }

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

static int
two_digits (const char *text)
{
  return (text[0] - '0') * 10 + (text[1] - '0');
}

/* "T22:40", "T22:40:05", each optionally with "Z" or "+01:00": minutes past midnight
 * in UTC, as far as the text says (no zone: read as UTC). */
static gboolean
parse_time (const char *text,
            gint64     *minutes)
{
  gsize length = strlen (text);
  int hours, mins, offset = 0;
  const char *zone;

  if (length < 6 || text[0] != 'T' || !all_digits (text + 1, 2) || text[3] != ':' || !all_digits (text + 4, 2))
    return FALSE;
  hours = two_digits (text + 1);
  mins = two_digits (text + 4);
  zone = text + 6;
  if (zone[0] == ':')
    {
      if (!all_digits (zone + 1, 2) || two_digits (zone + 1) > 59)
        return FALSE;
      zone += 3;
    }
  if (zone[0] == 'Z')
    zone++;
  else if (zone[0] == '+' || zone[0] == '-')
    {
      if (strlen (zone) != 6 || !all_digits (zone + 1, 2) || zone[3] != ':' || !all_digits (zone + 4, 2)
          || two_digits (zone + 1) > 14 || two_digits (zone + 4) > 59)
        return FALSE;
      offset = (zone[0] == '-' ? -1 : 1) * (two_digits (zone + 1) * 60 + two_digits (zone + 4));
      zone += 6;
    }
  if (zone[0] != '\0' || hours > 23 || mins > 59)
    return FALSE;

  *minutes = hours * 60 + mins - offset;
  return TRUE;
}

/**
 * esc_parse_moment:
 * @text: a date (YYYY, YYYY-MM, YYYY-MM-DD) or a date and time
 *   (YYYY-MM-DDTHH:MM, optionally :SS, optionally Z or ±HH:MM)
 * @start: (out): the first minute it can mean, in UTC minutes since 0001-01-01
 * @end: (out): the minute after the last it can mean: "2024-07" spans the month
 */
gboolean
esc_parse_moment (const char *text,
                  gint64     *start,
                  gint64     *end)
{
  g_autofree char *date = NULL;
  gsize length;
  int year, month = 1, day = 1;
  gint64 minutes = 0, days;
  GDate first;

  g_return_val_if_fail (text != NULL && start != NULL && end != NULL, FALSE);

  length = strlen (text);
  date = g_strndup (text, MIN (length, 10));
  if (!esc_is_valid_partial_date (date) || (length > 10 && (strlen (date) != 10 || !parse_time (text + 10, &minutes))))
    return FALSE;

  year = atoi (date);
  if (strlen (date) >= 7)
    month = two_digits (date + 5);
  if (strlen (date) == 10)
    day = two_digits (date + 8);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, day, month, year);
  days = g_date_get_julian (&first) - 1;
  *start = days * 1440 + minutes;

  if (length > 10)
    *end = *start + 1;
  else if (strlen (date) == 10)
    *end = *start + 1440;
  else if (strlen (date) == 7)
    *end = *start + (gint64) g_date_get_days_in_month (month, year) * 1440;
  else
    *end = *start + (gint64) (g_date_is_leap_year (year) ? 366 : 365) * 1440;
  return TRUE;
}

/* Which of two moments comes first: 0 when they may be the same ("2024-07-29" and
 * "2024-07-29T00:10"), or when either is not a moment. */
int
esc_compare_moments (const char *a,
                     const char *b)
{
  gint64 a_start, a_end, b_start, b_end;

  if (a == NULL || b == NULL || !esc_parse_moment (a, &a_start, &a_end) || !esc_parse_moment (b, &b_start, &b_end))
    return 0;
  if (a_end <= b_start)
    return -1;
  if (b_end <= a_start)
    return 1;
  return 0;
}

static gsize
subtag_length (const char *text)
{
  return strcspn (text, "-");
}

static gboolean
all_alpha (const char *text,
           gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalpha (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
all_alnum (const char *text,
           gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (text[i]))
      return FALSE;
  return TRUE;
}

/* The common shape of RFC 5646 tags: language, then optional script, region and
 * variants. Extensions and private use are not needed for news articles. */
gboolean
esc_is_valid_language_tag (const char *text)
{
  const char *p = text;
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);

  length = subtag_length (p);
  if (length < 2 || length > 3 || !all_alpha (p, length))
    return FALSE;
  p += length;

  if (*p == '-' && subtag_length (p + 1) == 4 && all_alpha (p + 1, 4))
    p += 5;

  if (*p == '-')
    {
      length = subtag_length (p + 1);
      if ((length == 2 && all_alpha (p + 1, 2)) || (length == 3 && all_digits (p + 1, 3)))
        p += 1 + length;
    }

  while (*p == '-')
    {
      length = subtag_length (p + 1);
      if (!(((length >= 5 && length <= 8) || (length == 4 && g_ascii_isdigit (p[1])))
            && all_alnum (p + 1, length)))
        return FALSE;
      p += 1 + length;
    }

  return *p == '\0';
}

static int
compare_code (const void *key,
              const void *member)
{
  return strncmp (key, member, 2);
}

gboolean
esc_is_valid_country_code (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 2)
    return FALSE;

  return bsearch (text, esc_country_codes, esc_n_country_codes, sizeof esc_country_codes[0],
                  compare_code) != NULL;
}

gboolean
esc_parse_color (const char *text,
                 guint32    *out_rgb)
{
  guint32 rgb = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;

  for (int i = 1; i < 7; i++)
    {
      int digit = g_ascii_xdigit_value (text[i]);
      if (digit < 0)
        return FALSE;
      rgb = rgb << 4 | digit;
    }

  if (out_rgb != NULL)
    *out_rgb = rgb;
  return TRUE;
}

/* Only links a browser should open: http or https with a host. */
gboolean
esc_is_web_url (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (text != NULL, FALSE);

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
         && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static int
compare_numeric (const void *key,
                 const void *member)
{
  return strcmp (key, ((const EscCountryInfo *) member)->numeric);
}

const EscCountryInfo *
esc_country_by_numeric (const char *numeric)
{
  g_return_val_if_fail (numeric != NULL, NULL);

  return bsearch (numeric, esc_countries_by_numeric, esc_n_countries_by_numeric,
                  sizeof esc_countries_by_numeric[0], compare_numeric);
}

const EscCountryInfo *
esc_country_by_alpha2 (const char *alpha2)
{
  g_return_val_if_fail (alpha2 != NULL, NULL);

  for (guint i = 0; i < esc_n_countries_by_numeric; i++)
    if (g_str_equal (esc_countries_by_numeric[i].alpha2, alpha2))
      return &esc_countries_by_numeric[i];
  return NULL;
}
