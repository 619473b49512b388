/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A tally's reading in words, the same on Results, in the import dialog and on the
 * command line. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-chart-text.h"
#include "esc-tally-text.h"

static char *
count_text (gint64 value)
{
  return esc_text_number ((double) value, ESC_UNIT_COUNT, 0);
}

/* "Computed from 24,532 tally sheets, 81.7 % of 30,026; they hold 80.2 % of the
 * electorate." Only what is known is said. */
char *
esc_tally_text_coverage (EscTally *tally)
{
  g_autofree char *used = count_text (esc_tally_get_used (tally));
  guint expected = esc_tally_get_expected (tally);
  gint64 electorate = esc_tally_get_electorate (tally), registered;
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, esc_tally_has_sheets (tally)
                                /* Translators: "Computed from 24,532 tally sheets". */
                                ? g_dngettext (GETTEXT_PACKAGE, "Computed from %s tally sheet", "Computed from %s tally sheets",
                                               esc_tally_get_used (tally))
                                /* Translators: "Computed from 1,140 rows", each a total of many sheets. */
                                : g_dngettext (GETTEXT_PACKAGE, "Computed from %s row", "Computed from %s rows",
                                               esc_tally_get_used (tally)),
                          used);
  if (expected > 0)
    {
      g_autofree char *of = count_text (expected);
      g_autofree char *share = esc_text_number (100.0 * esc_tally_get_used (tally) / expected, ESC_UNIT_PERCENT, 1);

      /* Translators: follows "Computed from 24,532 tally sheets": ", 81.7% of 30,026". */
      g_string_append_printf (text, _(", %s of %s"), share, of);
    }

  if (electorate > 0 && esc_tally_get_total (tally, ESC_TALLY_REGISTERED, &registered))
    {
      g_autofree char *share = esc_text_number (100.0 * registered / electorate, ESC_UNIT_PERCENT, 1);

      /* Translators: follows "Computed from N tally sheets"; %s is a percentage. */
      g_string_append_printf (text, _("; they hold %s of the electorate"), share);
    }
  return g_string_free (text, FALSE);
}

/* "If all 3,100,000 voters on the sheets not counted had voted for Maduro, he would
 * have … : González would still lead." NULL where it cannot be said. */
char *
esc_tally_text_worst_case (EscTally *tally)
{
  EscTallyWorstCase worst;
  GArray *candidates = esc_tally_get_candidates (tally);
  const char *leader, *runner_up;
  g_autofree char *missing = NULL, *could = NULL, *lead = NULL;

  if (!esc_tally_get_worst_case (tally, &worst))
    return NULL;
  leader = g_array_index (candidates, EscTallyCandidate, worst.leader).name;
  runner_up = g_array_index (candidates, EscTallyCandidate, worst.runner_up).name;
  missing = count_text (worst.missing);
  could = esc_text_number ((double) worst.runner_up_votes + (double) worst.missing, ESC_UNIT_COUNT, 0);
  lead = count_text (worst.leader_votes);
  if (worst.could_change)
    /* Translators: %1$s voters; %2$s the runner-up; %3$s the runner-up's votes then;
     * %4$s the leader; %5$s the leader's votes. */
    return g_strdup_printf (_("If all %1$s voters on the sheets not counted had voted for %2$s, %2$s would have %3$s votes against %5$s for %4$s: the missing sheets could change who wins."),
                            missing, runner_up, could, leader, lead);
  return g_strdup_printf (_("If all %1$s voters on the sheets not counted had voted for %2$s, %2$s would have %3$s votes against %5$s for %4$s: %4$s would still win."),
                          missing, runner_up, could, leader, lead);
}

/* "30,000 rows: 29,980 counted, 20 set aside". */
char *
esc_tally_text_rows (EscTally *tally)
{
  g_autofree char *rows = count_text (esc_tally_get_rows (tally));
  g_autofree char *used = count_text (esc_tally_get_used (tally));
  g_autofree char *rejected = count_text (esc_tally_get_n_rejected (tally));

  /* Translators: "30,000 rows: 29,980 counted, 20 set aside". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s row: %s counted, %s set aside",
                                       "%s rows: %s counted, %s set aside", esc_tally_get_rows (tally)),
                          rows, used, rejected);
}
