/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures and who states them, in words a reader sees on charts and hears from a screen
 * reader. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "esc-chart-text.h"
#include "esc-validate.h"

/* "41.8%", "18", "21 million": the number as a newsroom would print it. */
char *
esc_text_number (double  value,
                 EscUnit unit)
{
  g_autofree char *number = NULL;

  if (unit == ESC_UNIT_PERCENT)
    {
      number = g_strdup_printf ("%.4g", value);
      /* Translators: a percentage; %s is the number. Spanish writes "41,8 %". */
      return g_strdup_printf (C_("percentage", "%s%%"), number);
    }

  if (fabs (value) >= 1e6 && fmod (value, 1e5) == 0)
    {
      double millions = value / 1e6;

      number = g_strdup_printf ("%g", millions);
      /* Translators: %s is a number of millions, e.g. "21"; Spanish says "1 millón". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s million", "%s million", millions == 1 ? 1 : 2), number);
    }

  return g_strdup_printf ("%.10g", value);
}

/* A dataset date in words of the reader's language, at the precision it has:
 * "28 July 2024", "July 2024" or "2024" ("28 de julio de 2024" in Spanish). Month
 * names come from the locale through GLib. NULL for NULL or a malformed date. */
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

/* The value with its qualifier and whole: "at least 18 of 23". */
char *
esc_text_claim_value (EscClaim *claim)
{
  g_autofree char *number = esc_text_number (esc_claim_get_value (claim), esc_claim_get_unit (claim));
  g_autofree char *whole = NULL;
  double out_of;

  if (esc_claim_get_out_of (claim, &out_of))
    {
      g_autofree char *total = esc_text_number (out_of, esc_claim_get_unit (claim));
      /* Translators: "20 of 23" (governorships). */
      whole = g_strdup_printf (_("%s of %s"), number, total);
    }
  else
    whole = g_strdup (number);

  switch (esc_claim_get_qualifier (claim))
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
      return g_steal_pointer (&whole);
    }
}

static const char *
claimant_kind_name (EscClaimantKind kind)
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

/* Who claims the figure: by name where the dataset gives one. */
char *
esc_text_claimant (EscClaim *claim)
{
  EscLocalizedText *name = esc_claim_get_claimant_name (claim);
  const char *kind = claimant_kind_name (esc_claim_get_claimant_kind (claim));
  const char *named;

  if (name == NULL)
    return g_strdup (kind);

  named = esc_localized_text_get (name);
  /* Names alone can be opaque ("Maria Corina Machado"): say which side they speak for,
   * unless the name already is the kind ("Electoral authority"). */
  if (esc_claim_get_claimant_kind (claim) == ESC_CLAIMANT_ELECTORAL_AUTHORITY)
    return g_strdup (named);
  /* Translators: "Opposition (Maria Corina Machado)". */
  return g_strdup_printf (_("%s (%s)"), kind, named);
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
    case ESC_STATUS_REPORTED:
    default:
      return C_("claim status", "reported");
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
