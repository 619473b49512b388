/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Telling a count that changed from a disagreement: claims published by one claimant,
 * or by the election's authorities, as preliminary, official or revised figures form a
 * sequence in time, and only its latest stands. Everything else stands side by side. */
#include <math.h>

#include "esc-model-private.h"
#include "esc-validate.h"

G_DEFINE_FINAL_TYPE (EscFigure, esc_figure, G_TYPE_OBJECT)

static void
esc_figure_finalize (GObject *object)
{
  EscFigure *self = ESC_FIGURE (object);

  g_clear_object (&self->subject);
  g_clear_pointer (&self->label, esc_localized_text_unref);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_ptr_array_unref);
  g_clear_pointer (&self->updates, g_ptr_array_unref);

  G_OBJECT_CLASS (esc_figure_parent_class)->finalize (object);
}

static void
esc_figure_class_init (EscFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_figure_finalize;
}

static void
esc_figure_init (EscFigure *self)
{
  self->claims = g_ptr_array_new_with_free_func (g_object_unref);
  self->current = g_ptr_array_new_with_free_func (g_object_unref);
  self->updates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

EscFigure *
esc_figure_new (EscClaim *first)
{
  EscFigure *self = g_object_new (ESC_TYPE_FIGURE, NULL);

  self->measure = first->measure;
  self->subject = first->subject ? g_object_ref (first->subject) : NULL;
  self->unit = first->unit;
  self->label = first->label ? esc_localized_text_ref (first->label) : NULL;
  return self;
}

/* Where a claim stands in the life of a count: -1 when it is not part of one. */
int
esc_claim_update_rank (EscClaim *claim)
{
  switch (claim->status)
    {
    case ESC_STATUS_PRELIMINARY:
      return 0;
    case ESC_STATUS_OFFICIAL:
      return 1;
    case ESC_STATUS_REVISED:
      return 2;
    default:
      return -1;
    }
}

/**
 * esc_claim_compare_updates:
 *
 * Which of two figures of one count came later: by the time they were published where
 * both say, then preliminary before official before revised, then by how much of the
 * count they covered. 0 when nothing tells them apart.
 */
int
esc_claim_compare_updates (EscClaim *a,
                           EscClaim *b)
{
  int order = esc_compare_moments (a->published, b->published);

  if (order != 0)
    return order;
  if (esc_claim_update_rank (a) != esc_claim_update_rank (b))
    return esc_claim_update_rank (a) < esc_claim_update_rank (b) ? -1 : 1;
  if (a->has_counted && b->has_counted && a->counted != b->counted)
    return a->counted < b->counted ? -1 : 1;
  return 0;
}

static int
compare_updates (gconstpointer a,
                 gconstpointer b)
{
  return esc_claim_compare_updates (*(EscClaim **) a, *(EscClaim **) b);
}

/* Whether @a and @b publish the same count over time. */
static gboolean
same_publisher (EscClaim *a,
                EscClaim *b)
{
  if (esc_claimant_is_authority (a->claimant) && esc_claimant_is_authority (b->claimant))
    return TRUE;
  return esc_claimant_equal (a->claimant, b->claimant);
}

/* Takes the claims of @pending published alongside @first out into their own list. */
static GPtrArray *
take_sequence (GPtrArray *pending,
               EscClaim  *first)
{
  GPtrArray *sequence = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < pending->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (pending, i);

      if (esc_claim_update_rank (claim) >= 0 && same_publisher (first, claim))
        g_ptr_array_add (sequence, g_ptr_array_steal_index (pending, i--));
    }
  return sequence;
}

/* What a claim allows, as an interval with open or closed ends: "more than 50" is
 * (50, ∞), "about 21 million" is read as the figure itself. */
static void
claim_interval (EscClaim *claim,
                double   *low,
                gboolean *low_open,
                double   *high,
                gboolean *high_open)
{
  *low = *high = claim->value;
  *low_open = *high_open = FALSE;
  switch (claim->qualifier)
    {
    case ESC_QUALIFIER_MORE_THAN:
      *low_open = TRUE;
      G_GNUC_FALLTHROUGH;
    case ESC_QUALIFIER_AT_LEAST:
      *high = INFINITY;
      break;
    case ESC_QUALIFIER_FEWER_THAN:
      *high_open = TRUE;
      G_GNUC_FALLTHROUGH;
    case ESC_QUALIFIER_AT_MOST:
      *low = -INFINITY;
      break;
    default:
      break;
    }
}

/* Two claims disagree when both cannot be true: "at least 18" and "18" agree, "more
 * than 50" and "51" agree, "41.8" and "42.26" do not. */
static gboolean
claims_conflict (EscClaim *a,
                 EscClaim *b)
{
  double a_low, a_high, b_low, b_high;
  gboolean a_low_open, a_high_open, b_low_open, b_high_open;

  claim_interval (a, &a_low, &a_low_open, &a_high, &a_high_open);
  claim_interval (b, &b_low, &b_low_open, &b_high, &b_high_open);
  if (a_high < b_low || b_high < a_low)
    return TRUE;
  /* Touching ends: they meet only if neither end is open. */
  return (a_high == b_low && (a_high_open || b_low_open)) || (b_high == a_low && (b_high_open || a_low_open));
}

static gboolean
values_differ (GPtrArray *claims)
{
  for (guint i = 0; i < claims->len; i++)
    for (guint j = i + 1; j < claims->len; j++)
      if (claims_conflict (g_ptr_array_index (claims, i), g_ptr_array_index (claims, j)))
        return TRUE;
  return FALSE;
}

/* Sorts the claims, once all are added, into those that stand and the sequences of
 * updates that led to them. */
void
esc_figure_settle (EscFigure *self)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new_full (self->claims->len, g_object_unref);
  g_autoptr(GHashTable) standing = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->claims->len; i++)
    g_ptr_array_add (pending, g_object_ref (g_ptr_array_index (self->claims, i)));
  while (pending->len > 0)
    {
      EscClaim *first = g_ptr_array_index (pending, 0);
      g_autoptr(GPtrArray) sequence = NULL;
      EscClaim *latest;

      if (esc_claim_update_rank (first) < 0)
        {
          g_hash_table_add (standing, first);
          g_ptr_array_remove_index (pending, 0);
          continue;
        }

      sequence = take_sequence (pending, first);
      /* Stable: claims that nothing tells apart keep the file's order. */
      g_ptr_array_sort (sequence, compare_updates);
      latest = g_ptr_array_index (sequence, sequence->len - 1);
      for (guint i = 0; i < sequence->len; i++)
        if (esc_claim_compare_updates (g_ptr_array_index (sequence, i), latest) == 0)
          g_hash_table_add (standing, g_ptr_array_index (sequence, i));
      if (esc_claim_compare_updates (g_ptr_array_index (sequence, 0), latest) < 0)
        g_ptr_array_add (self->updates, g_steal_pointer (&sequence));
    }

  /* In file order, as the dataset's author put them. */
  for (guint i = 0; i < self->claims->len; i++)
    if (g_hash_table_contains (standing, g_ptr_array_index (self->claims, i)))
      g_ptr_array_add (self->current, g_object_ref (g_ptr_array_index (self->claims, i)));
  self->disputed = self->current->len > 1 && values_differ (self->current);
}

EscMeasure
esc_figure_get_measure (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), ESC_MEASURE_OTHER);
  return self->measure;
}

/* The party the figure is about, or NULL for the election as a whole. */
EscParty *
esc_figure_get_subject (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), NULL);
  return self->subject;
}

EscUnit
esc_figure_get_unit (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), ESC_UNIT_COUNT);
  return self->unit;
}

/* What an "other" measure counts. */
EscLocalizedText *
esc_figure_get_label (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), NULL);
  return self->label;
}

/* Every claim of the figure, in file order. */
GPtrArray *
esc_figure_get_claims (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), NULL);
  return self->claims;
}

/* The claims that stand: the latest of each sequence of updates, and every claim that
 * is not part of one. */
GPtrArray *
esc_figure_get_current (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), NULL);
  return self->current;
}

/**
 * esc_figure_get_updates:
 *
 * Returns: (element-type GPtrArray): each count that changed, as its claims from the
 *   earliest to the latest
 */
GPtrArray *
esc_figure_get_updates (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), NULL);
  return self->updates;
}

/* Whether two of the claims that stand cannot both be true. */
gboolean
esc_figure_is_disputed (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), FALSE);
  return self->disputed;
}

gboolean
esc_figure_is_current (EscFigure *self,
                       EscClaim  *claim)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), FALSE);
  return g_ptr_array_find (self->current, claim, NULL);
}
