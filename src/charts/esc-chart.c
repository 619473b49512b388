/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart object: its marks, their words, the articles behind them. Which charts an
 * election calls for is esc-chart-kinds.c; geometry is esc-chart-layout.c. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-article.h"
#include "esc-chart-private.h"
#include "esc-chart-text.h"

G_DEFINE_FINAL_TYPE (EscChart, esc_chart, G_TYPE_OBJECT)

static void
mark_clear (gpointer data)
{
  EscChartMark *mark = data;

  g_free (mark->label);
  g_free (mark->detail);
  g_free (mark->value_text);
  g_clear_pointer (&mark->claims, g_ptr_array_unref);
  g_clear_pointer (&mark->regions, g_ptr_array_unref);
}

static void
esc_chart_finalize (GObject *object)
{
  EscChart *self = ESC_CHART (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->reading);
  g_clear_object (&self->election);
  g_array_unref (self->marks);
  g_ptr_array_unref (self->articles);

  G_OBJECT_CLASS (esc_chart_parent_class)->finalize (object);
}

static void
esc_chart_class_init (EscChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_chart_finalize;
}

static void
esc_chart_init (EscChart *self)
{
  self->marks = g_array_new (FALSE, TRUE, sizeof (EscChartMark));
  g_array_set_clear_func (self->marks, mark_clear);
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
}

EscChart *
esc_chart_new_empty (EscElection  *election,
           EscChartKind  kind,
           const char   *id)
{
  EscChart *self = g_object_new (ESC_TYPE_CHART, NULL);

  self->election = g_object_ref (election);
  self->kind = kind;
  self->id = g_strdup (id);
  return self;
}

void
esc_chart_cite (EscChart *self,
      EscClaim *claim)
{
  GPtrArray *sources = esc_claim_get_sources (claim);

  for (guint i = 0; i < sources->len; i++)
    {
      EscArticle *article = esc_source_get_article (g_ptr_array_index (sources, i));

      if (!g_ptr_array_find (self->articles, article, NULL))
        g_ptr_array_add (self->articles, g_object_ref (article));
    }
}

EscChartMark *
esc_chart_add_mark (EscChart *self,
          EscParty *party)
{
  EscChartMark *mark;

  g_array_set_size (self->marks, self->marks->len + 1);
  mark = &g_array_index (self->marks, EscChartMark, self->marks->len - 1);
  mark->claims = g_ptr_array_new_with_free_func (g_object_unref);
  mark->regions = g_ptr_array_new_with_free_func (g_object_unref);
  if (party != NULL)
    {
      mark->has_bloc = TRUE;
      mark->bloc = esc_party_get_bloc (party);
      mark->has_color = esc_party_get_color (party, &mark->color);
    }
  return mark;
}

void
esc_chart_mark_add_claim (EscChart     *self,
                EscChartMark *mark,
                EscClaim     *claim)
{
  g_ptr_array_add (mark->claims, g_object_ref (claim));
  esc_chart_cite (self, claim);
}

/* "News report · 2 articles": where a figure without a named claimant comes from. */
char *
esc_chart_sources_line (EscClaim *claim)
{
  g_autofree char *claimant = esc_text_claimant (claim);
  guint n = esc_claim_get_sources (claim)->len;
  g_autofree char *articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n), n);

  return g_strdup_printf (_("%s · %s"), claimant, articles);
}

/* A mark for one claim: labelled with its subject or claimant, detailed with the other. */
EscChartMark *
esc_chart_add_claim_mark (EscChart *self,
            EscClaim *claim,
            gboolean  label_by_claimant)
{
  EscChartMark *mark = esc_chart_add_mark (self, esc_claim_get_subject (claim));
  g_autofree char *claimant = esc_text_claimant (claim);

  mark->value = esc_claim_get_value (claim);
  mark->value_text = esc_text_claim_value (claim);
  if (label_by_claimant)
    {
      mark->label = g_strdup (claimant);
      mark->detail = g_strdup (esc_text_status (esc_claim_get_status (claim)));
    }
  else
    {
      mark->label = g_strdup (esc_text_party (esc_claim_get_subject (claim)));
      /* Translators: "National Electoral Council · official". */
      mark->detail = g_strdup_printf (_("%s · %s"), claimant, esc_text_status (esc_claim_get_status (claim)));
    }
  esc_chart_mark_add_claim (self, mark, claim);
  return mark;
}

GPtrArray *
esc_chart_claims_measuring (EscElection *election,
                  EscMeasure   measure)
{
  GPtrArray *claims = esc_election_get_claims (election);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < claims->len; i++)
    if (esc_claim_get_measure (g_ptr_array_index (claims, i)) == measure)
      g_ptr_array_add (found, g_ptr_array_index (claims, i));
  return found;
}

/* Every figure of the chart in sentences, for screen readers and the clipboard. */
char *
esc_chart_describe (EscChart *self)
{
  GString *text;

  g_return_val_if_fail (ESC_IS_CHART (self), NULL);

  text = g_string_new (self->reading);
  for (guint i = 0; i < self->marks->len; i++)
    {
      EscChartMark *mark = &g_array_index (self->marks, EscChartMark, i);

      /* Translators: one figure of a chart, read aloud: "Turnout: 41.8% (News report)". */
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("%s: %s (%s)."), mark->label, mark->value_text, mark->detail);
    }
  return g_string_free (text, FALSE);
}

EscChartKind
esc_chart_get_kind (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), ESC_CHART_SEATS);
  return self->kind;
}

/* Stable across languages: for file names and tests. */
const char *
esc_chart_get_id (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->id;
}

const char *
esc_chart_get_title (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->title;
}

const char *
esc_chart_get_reading (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->reading;
}

EscElection *
esc_chart_get_election (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->election;
}

guint
esc_chart_get_n_marks (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->marks->len;
}

const EscChartMark *
esc_chart_get_mark (EscChart *self,
                    guint     index)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);
  return &g_array_index (self->marks, EscChartMark, index);
}

GPtrArray *
esc_chart_get_articles (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), NULL);
  return self->articles;
}

guint
esc_chart_get_total_seats (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->total_seats;
}

/* The smallest number of seats that is more than half. */
guint
esc_chart_get_majority (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), 0);
  return self->total_seats / 2 + 1;
}

gboolean
esc_chart_is_percent (EscChart *self)
{
  g_return_val_if_fail (ESC_IS_CHART (self), FALSE);
  return self->percent;
}
