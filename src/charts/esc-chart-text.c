/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures and who states them, in words a reader sees on charts and hears from a screen
 * reader. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-validate.h"

/* The locale's digit grouping; where it has none (the C locale), the mark that cannot
 * be mistaken for its decimal point. */
static const char *
thousands_separator (void)
{
  const struct lconv *conventions = localeconv ();

  if (conventions->thousands_sep != NULL && conventions->thousands_sep[0] != '\0')
    return conventions->thousands_sep;
  return g_strcmp0 (conventions->decimal_point, ",") == 0 ? "." : ",";
}

/* "5,150,092", or "5.150.092" in Spanish. */
static char *
grouped_integer (double value)
{
  g_autofree char *digits = g_strdup_printf ("%.0f", fabs (value));
  const char *separator = thousands_separator ();
  gsize length = strlen (digits);
  GString *text = g_string_new (value < 0 ? "-" : NULL);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }
  return g_string_free (text, FALSE);
}

/* The number alone: with the decimals the source printed, else as few as it needs;
 * big whole numbers grouped. Decimal points follow the locale through printf. */
static char *
plain_number (double value,
              guint  decimals)
{
  if (decimals > 0)
    return g_strdup_printf ("%.*f", (int) MIN (decimals, 10), value);
  if (value == floor (value) && fabs (value) >= 10000 && fabs (value) < 1e15)
    return grouped_integer (value);
  return g_strdup_printf ("%.10g", value);
}

/**
 * esc_text_number:
 * @decimals: the decimals the source printed (1 for "28.0"), or 0
 *
 * The number as a newsroom would print it: "41.8%", "28.0%", "18", "21 million",
 * "5,150,092", "6 hours".
 */
char *
esc_text_number (double  value,
                 EscUnit unit,
                 guint   decimals)
{
  g_autofree char *number = NULL;

  if (unit == ESC_UNIT_PERCENT)
    {
      number = decimals > 0 || value == floor (value) ? plain_number (value, decimals) : g_strdup_printf ("%.4g", value);
      /* Translators: a percentage; %s is the number. Spanish writes "41,8 %". */
      return g_strdup_printf (C_("percentage", "%s%%"), number);
    }

  if (decimals == 0 && fabs (value) >= 1e6 && fmod (value, 1e5) == 0)
    {
      double millions = value / 1e6;

      number = g_strdup_printf ("%g", millions);
      /* Translators: %s is a number of millions, e.g. "21"; Spanish says "1 millón". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million", "%s million", millions == 1 ? 1 : 2), number);
    }

  number = plain_number (value, decimals);
  if (unit == ESC_UNIT_HOURS)
    /* Translators: %s is a number of hours. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour", "%s hours", value == 1 ? 1 : 2), number);
  if (unit == ESC_UNIT_YEARS)
    /* Translators: %s is a number of years. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s year", "%s years", value == 1 ? 1 : 2), number);
  return g_steal_pointer (&number);
}

/* A change between two counts, signed: "+0.3 points", "−2", "+12,400". */
char *
esc_text_change (double  change,
                 EscUnit unit,
                 guint   decimals)
{
  g_autofree char *number = plain_number (fabs (change), decimals);
  /* A true minus sign, as print does; a plus where it grew, so that no sign means none. */
  const char *sign = change > 0 ? "+" : change < 0 ? "−" : "±";

  if (unit == ESC_UNIT_PERCENT)
    /* Translators: a change in percentage points: "+0.3 points"; %s%s are the sign
     * and the number. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s%s point", "%s%s points", fabs (change) == 1 ? 1 : 2),
                            sign, number);
  return g_strdup_printf ("%s%s", sign, number);
}

/* A dataset date in words of the reader's language, at the precision it has:
 * "28 July 2024", "July 2024" or "2024" ("28 de julio de 2024" in Spanish). Month
 * names come from the locale through GLib. NULL for NULL or a malformed date. */
static char *
date_part_words (const char *iso)
{
  g_autofree char *date = g_strndup (iso, 10);

  return esc_text_date (date);
}

char *
esc_text_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year = 0, month = 1, day = 1;
  gsize length = iso ? strlen (iso) : 0;
  const char *format;

  if (length == 10 && sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) == 3)
    /* Translators: a full date, in g_date_time_format() codes: "28 July 2024".
     * Spanish: "%-d de %B de %Y". */
    format = C_("date", "%-d %B %Y");
  else if (length == 7 && sscanf (iso, "%4d-%2d", &year, &month) == 2)
    /* Translators: a month of a year, in g_date_time_format() codes: "July 2024".
     * Spanish: "%B de %Y". */
    format = C_("date", "%B %Y");
  else if (length == 4 && sscanf (iso, "%4d", &year) == 1)
    format = "%Y";
  else
    return NULL;

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  return date ? g_date_time_format (date, format) : NULL;
}

/* When a figure was published: a date as esc_text_date() gives it, or with its time,
 * "29 July 2024, 00:10", as the text gives it (times are not moved between zones). */
char *
esc_text_moment (const char *iso)
{
  g_autofree char *day = NULL;
  int hours, minutes;

  if (iso == NULL || strlen (iso) <= 10)
    return esc_text_date (iso);
  day = date_part_words (iso);
  if (day == NULL || sscanf (iso + 10, "T%2d:%2d", &hours, &minutes) != 2)
    return g_steal_pointer (&day);
  /* Translators: a date and the time of day: "29 July 2024, 00:10". */
  return g_strdup_printf (_("%s, %02d:%02d"), day, hours, minutes);
}

/* The value with its qualifier and whole: "at least 18 of 23". */
static char *
claim_value (EscClaim *claim,
             gboolean  with_whole)
{
  g_autofree char *number = esc_text_number (esc_claim_get_value (claim), esc_claim_get_unit (claim),
                                             esc_claim_get_decimals (claim));
  g_autofree char *whole = NULL;
  double out_of;

  if (with_whole && esc_claim_get_out_of (claim, &out_of))
    {
      g_autofree char *total = esc_text_number (out_of, esc_claim_get_unit (claim), 0);
      /* Translators: "20 of 23" (governorships). */
      whole = g_strdup_printf (_("%s of %s"), number, total);
    }
  else
    whole = g_strdup (number);

  return esc_text_qualified (esc_claim_get_qualifier (claim), whole);
}

/* "at least 18": @whole as @qualifier bounds it. */
char *
esc_text_qualified (EscQualifier  qualifier,
                    const char   *whole)
{
  switch (qualifier)
    {
    case ESC_QUALIFIER_AT_LEAST:
      return g_strdup_printf (_("at least %s"), whole);
    case ESC_QUALIFIER_AT_MOST:
      return g_strdup_printf (_("at most %s"), whole);
    case ESC_QUALIFIER_ABOUT:
      return g_strdup_printf (_("about %s"), whole);
    case ESC_QUALIFIER_MORE_THAN:
      return g_strdup_printf (_("more than %s"), whole);
    case ESC_QUALIFIER_FEWER_THAN:
      return g_strdup_printf (_("fewer than %s"), whole);
    case ESC_QUALIFIER_EXACT:
    default:
      return g_strdup (whole);
    }
}

char *
esc_text_claim_value (EscClaim *claim)
{
  return claim_value (claim, TRUE);
}

/* Without the whole, where the chart already shows it: "at least 18". */
char *
esc_text_claim_figure (EscClaim *claim)
{
  return claim_value (claim, FALSE);
}

/* Who asserts a figure, as briefly as can be told apart: the name where there is one
 * ("Example Press Agency"), else the kind ("News report"). */
char *
esc_text_claimant_short (EscClaim *claim)
{
  EscLocalizedText *name = esc_claim_get_claimant_name (claim);

  return name ? g_strdup (esc_localized_text_get (name)) : esc_text_claimant (claim);
}

const char *
esc_text_claimant_kind (EscClaimantKind kind)
{
  switch (kind)
    {
    case ESC_CLAIMANT_ELECTORAL_AUTHORITY:
      return _("Electoral authority");
    case ESC_CLAIMANT_GOVERNMENT:
      return _("Government");
    case ESC_CLAIMANT_OPPOSITION:
      return _("Opposition");
    case ESC_CLAIMANT_OUTLET:
      return _("News report");
    case ESC_CLAIMANT_OBSERVER:
      return _("Observers");
    case ESC_CLAIMANT_FOREIGN_GOVERNMENT:
      return _("Foreign government");
    case ESC_CLAIMANT_ANALYST:
      return _("Analyst");
    case ESC_CLAIMANT_OTHER:
    default:
      return _("Other source");
    }
}

/* Who asserts a figure: by name where the dataset gives one. */
char *
esc_text_claimant_of (EscClaimant *claimant)
{
  EscLocalizedText *name = esc_claimant_get_name (claimant);
  const char *kind = esc_text_claimant_kind (esc_claimant_get_kind (claimant));
  const char *named;

  if (name == NULL)
    return g_strdup (kind);

  named = esc_localized_text_get (name);
  /* Names alone can be opaque ("Maria Corina Machado"): say which side they speak for,
   * unless the name already is the kind ("Electoral authority"). */
  if (esc_claimant_get_kind (claimant) == ESC_CLAIMANT_ELECTORAL_AUTHORITY)
    return g_strdup (named);
  /* Translators: "Opposition (Maria Corina Machado)". */
  return g_strdup_printf (_("%s (%s)"), kind, named);
}

char *
esc_text_claimant (EscClaim *claim)
{
  return esc_text_claimant_of (esc_claim_get_claimant (claim));
}

const char *
esc_text_status (EscClaimStatus status)
{
  switch (status)
    {
    case ESC_STATUS_OFFICIAL:
      return C_("claim status", "official");
    case ESC_STATUS_PRELIMINARY:
      return C_("claim status", "preliminary");
    case ESC_STATUS_REVISED:
      return C_("claim status", "revised");
    case ESC_STATUS_CLAIMED:
      return C_("claim status", "claimed");
    case ESC_STATUS_DISPUTED:
      return C_("claim status", "disputed");
    case ESC_STATUS_COMPUTED:
      return C_("claim status", "computed");
    case ESC_STATUS_REPORTED:
    default:
      return C_("claim status", "reported");
    }
}

/* What a claim measures, in words: "Vote share of Edmundo González", or its label. */
char *
esc_text_measure (EscMeasure        measure,
                  EscParty         *subject,
                  EscLocalizedText *label)
{
  const char *party = esc_text_party (subject);

  switch (measure)
    {
    case ESC_MEASURE_OFFICES_WON:
      /* Translators: "Offices won by Socialist party". */
      return g_strdup_printf (_("Offices won by %s"), party);
    case ESC_MEASURE_OFFICES_CONTESTED:
      return g_strdup (_("Offices at stake"));
    case ESC_MEASURE_VOTE_SHARE:
      return g_strdup_printf (_("Vote share of %s"), party);
    case ESC_MEASURE_VOTES:
      return g_strdup_printf (_("Votes for %s"), party);
    case ESC_MEASURE_TURNOUT:
      return g_strdup (_("Turnout"));
    case ESC_MEASURE_ELECTORATE:
      return g_strdup (_("Electorate"));
    case ESC_MEASURE_OTHER:
    default:
      return g_strdup (label ? esc_localized_text_get (label) : _("Other figure"));
    }
}

/* What a measure counts, whoever it is about: "Vote share", for choosing and tables. */
const char *
esc_text_measure_kind (EscMeasure measure)
{
  switch (measure)
    {
    case ESC_MEASURE_OFFICES_WON:
      return _("Offices won");
    case ESC_MEASURE_OFFICES_CONTESTED:
      return _("Offices at stake");
    case ESC_MEASURE_VOTE_SHARE:
      return _("Vote share");
    case ESC_MEASURE_VOTES:
      return _("Votes");
    case ESC_MEASURE_TURNOUT:
      return _("Turnout");
    case ESC_MEASURE_ELECTORATE:
      return _("Electorate");
    case ESC_MEASURE_OTHER:
    default:
      return _("Something else");
    }
}

const char *
esc_text_region_outcome (EscRegionOutcome outcome)
{
  switch (outcome)
    {
    case ESC_OUTCOME_WON:
      return C_("region", "won");
    case ESC_OUTCOME_DISPUTED:
      return C_("region", "disputed");
    case ESC_OUTCOME_PENDING:
    default:
      return C_("region", "pending");
    }
}

/* A bloc that won, where no party is named. */
const char *
esc_text_bloc (EscBloc bloc)
{
  switch (bloc)
    {
    case ESC_BLOC_GOVERNMENT:
      return C_("bloc", "Government");
    case ESC_BLOC_OPPOSITION:
      return C_("bloc", "Opposition");
    case ESC_BLOC_OTHER:
    default:
      return C_("bloc", "Others");
    }
}

const char *
esc_text_party (EscParty *party)
{
  return party ? esc_localized_text_get (esc_party_get_name (party)) : _("Unknown");
}

/* For tight places such as a chart's one-line reading: "PSUV" rather than a full name. */
const char *
esc_text_party_short (EscParty *party)
{
  if (party != NULL && esc_party_get_short_name (party) != NULL)
    return esc_party_get_short_name (party);
  return esc_text_party (party);
}

const char *
esc_text_stance (EscStance stance)
{
  switch (stance)
    {
    case ESC_STANCE_CONGRATULATED:
      return _("Congratulated");
    case ESC_STANCE_WELCOMED:
      return _("Welcomed the result");
    case ESC_STANCE_SUPPORTED:
      return _("Supported");
    case ESC_STANCE_CALLED_FOR_TRANSPARENCY:
      return _("Called for transparency");
    case ESC_STANCE_EXPRESSED_CONCERN:
      return _("Expressed concern");
    case ESC_STANCE_QUESTIONED:
      return _("Questioned the result");
    case ESC_STANCE_REJECTED:
      return _("Rejected the result");
    case ESC_STANCE_OTHER:
    default:
      return _("Other reaction");
    }
}

/* In the reader's language, from iso-codes' own translations. */
const char *
esc_text_country (const char *alpha2)
{
  const EscCountryInfo *info = alpha2 ? esc_country_by_alpha2 (alpha2) : NULL;

  return info ? g_dgettext ("iso_3166-1", info->name) : alpha2;
}

/* Who reacted: the country's name, or the organization's. */
const char *
esc_text_reactor (EscReaction *reaction)
{
  return esc_reaction_get_country (reaction) ? esc_text_country (esc_reaction_get_country (reaction))
                                             : esc_localized_text_get (esc_reaction_get_organization_name (reaction));
}

static const char *
localized_or (EscLocalizedText *text,
              const char       *otherwise)
{
  return text != NULL ? esc_localized_text_get (text) : otherwise;
}

/**
 * esc_text_item:
 * @item: an item of a dataset: an article, claimant, election, party, claim, region or
 *   reaction
 *
 * Returns: (transfer full): the item in a few words, for lists of what an edit
 *   changes: "Figure: 51.2 % (Nicolás Maduro)", "Reaction: Chile"
 */
char *
esc_text_item (gpointer item)
{
  if (ESC_IS_CLAIM (item))
    {
      EscClaim *claim = item;
      g_autofree char *value = esc_text_claim_value (claim);
      const char *measure = esc_claim_get_label (claim) ? esc_localized_text_get (esc_claim_get_label (claim))
                                                         : esc_text_measure_kind (esc_claim_get_measure (claim));

      if (esc_claim_get_subject (claim) != NULL)
        /* Translators: a figure in a list: "Vote share: 51.2 % (PSUV)". */
        return g_strdup_printf (_("%s: %s (%s)"), measure, value, esc_text_party (esc_claim_get_subject (claim)));
      /* Translators: a figure in a list: "Turnout: 59 %". */
      return g_strdup_printf (_("%s: %s"), measure, value);
    }
  if (ESC_IS_REACTION (item))
    /* Translators: a reaction in a list, by who reacted. */
    return g_strdup_printf (_("Reaction: %s"), esc_text_reactor (item));
  if (ESC_IS_REGION (item))
    /* Translators: a region in a list. */
    return g_strdup_printf (_("Region: %s"), esc_region_get_name (item));
  if (ESC_IS_PARTY (item))
    return g_strdup (esc_text_party (item));
  if (ESC_IS_CLAIMANT (item))
    return esc_text_claimant_of (item);
  if (ESC_IS_ARTICLE (item))
    return g_strdup (localized_or (esc_article_get_title (item), esc_article_get_id (item)));
  if (ESC_IS_ELECTION (item))
    return g_strdup (localized_or (esc_election_get_title (item), esc_election_get_id (item)));
  g_return_val_if_reached (NULL);
}
