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

/* How a claim sorts within its count: by status, then by when it was published and
 * how much of the count it covered, where every claim of that status says so. Using a
 * key only where all claims have it keeps the order consistent ("nothing tells them
 * apart" is transitive), so that each claim either stands or was replaced. */
typedef struct {
  EscClaim *claim;
  int rank;
  gint64 start;
  gint64 end;
} UpdateKey;

typedef struct {
  gboolean all_dated[3];
  gboolean all_counted[3];
} UpdateKeys;

static int
compare_update_keys (gconstpointer a_,
                     gconstpointer b_,
                     gpointer      user_data)
{
  const UpdateKey *a = a_, *b = b_;
  const UpdateKeys *keys = user_data;

  if (a->rank != b->rank)
    return a->rank < b->rank ? -1 : 1;
  if (keys->all_dated[a->rank] && a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (keys->all_dated[a->rank] && a->end != b->end)
    return a->end < b->end ? -1 : 1;
  if (keys->all_counted[a->rank] && a->claim->counted != b->claim->counted)
    return a->claim->counted < b->claim->counted ? -1 : 1;
  return 0;
}

static GArray *
update_keys (GPtrArray  *sequence,
             UpdateKeys *keys)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (UpdateKey), sequence->len);

  for (int rank = 0; rank < 3; rank++)
    keys->all_dated[rank] = keys->all_counted[rank] = TRUE;
  for (guint i = 0; i < sequence->len; i++)
    {
      UpdateKey key = { g_ptr_array_index (sequence, i), 0, 0, 0 };
      gboolean dated;

      key.rank = esc_claim_update_rank (key.claim);
      dated = key.claim->published != NULL && esc_parse_moment (key.claim->published, &key.start, &key.end);
      keys->all_dated[key.rank] &= dated;
      keys->all_counted[key.rank] &= key.claim->has_counted;
      g_array_append_val (array, key);
    }
  return array;
}

/* Who publishes the count @claim is part of: the election's authorities together, or
 * one claimant, known by kind and name. */
static char *
publisher_key (EscClaim *claim)
{
  if (esc_claimant_is_authority (claim->claimant))
    return g_strdup ("");
  return esc_claimant_dup_key (claim->claimant);
}

/* The claims that are part of a count, by who publishes it, in file order. */
static GPtrArray *
group_sequences (GPtrArray *claims)
{
  g_autoptr(GHashTable) by_publisher = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *sequences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (claims, i);
      char *key;
      GPtrArray *sequence;

      if (esc_claim_update_rank (claim) < 0)
        continue;
      key = publisher_key (claim);
      sequence = g_hash_table_lookup (by_publisher, key);
      if (sequence == NULL)
        {
          sequence = g_ptr_array_new ();
          g_ptr_array_add (sequences, sequence);
          g_hash_table_insert (by_publisher, key, sequence);
        }
      else
        g_free (key);
      g_ptr_array_add (sequence, claim);
    }
  return sequences;
}

/* What a claim allows, as an interval with open or closed ends: "more than 50" is
 * (50, ∞), "about 21 million" is read as the figure itself. */
void
esc_claim_interval (EscClaim    *claim,
                    EscInterval *interval)
{
  *interval = (EscInterval) { claim->value, claim->value, FALSE, FALSE };
  switch (claim->qualifier)
    {
    case ESC_QUALIFIER_MORE_THAN:
      interval->low_open = TRUE;
      G_GNUC_FALLTHROUGH;
    case ESC_QUALIFIER_AT_LEAST:
      interval->high = INFINITY;
      break;
    case ESC_QUALIFIER_FEWER_THAN:
      interval->high_open = TRUE;
      G_GNUC_FALLTHROUGH;
    case ESC_QUALIFIER_AT_MOST:
      interval->low = -INFINITY;
      break;
    default:
      break;
    }
}

/* Narrows @into to what it and @other both allow. */
void
esc_interval_intersect (EscInterval       *into,
                        const EscInterval *other)
{
  if (other->low > into->low || (other->low == into->low && other->low_open))
    {
      into->low = other->low;
      into->low_open = other->low_open;
    }
  if (other->high < into->high || (other->high == into->high && other->high_open))
    {
      into->high = other->high;
      into->high_open = other->high_open;
    }
}

/* Whether nothing is left: the claims narrowed into it cannot all be true. */
gboolean
esc_interval_is_empty (const EscInterval *interval)
{
  return interval->low > interval->high
         || (interval->low == interval->high && (interval->low_open || interval->high_open));
}

/* Whether the claims cannot all be true: "at least 18" and "18" agree, "more than 50"
 * and "51" agree, "41.8" and "42.26" do not. Intervals on a line that meet two by two
 * all meet, so one pass over them tells. */
static gboolean
values_differ (GPtrArray *claims)
{
  EscInterval all = ESC_INTERVAL_ANY;

  for (guint i = 0; i < claims->len; i++)
    {
      EscInterval one;

      esc_claim_interval (g_ptr_array_index (claims, i), &one);
      esc_interval_intersect (&all, &one);
    }
  return esc_interval_is_empty (&all);
}

/* The claims of @sequence that nothing places before another stand; if any was
 * replaced, the whole sequence, earliest first, is a count that changed. */
static void
settle_sequence (EscFigure  *self,
                 GPtrArray  *sequence,
                 GHashTable *standing)
{
  UpdateKeys keys;
  g_autoptr(GArray) sorted = update_keys (sequence, &keys);
  GPtrArray *ordered;

  /* Stable: claims that nothing tells apart keep the file's order. */
  g_array_sort_with_data (sorted, compare_update_keys, &keys);
  for (guint i = 0; i < sorted->len; i++)
    if (compare_update_keys (&g_array_index (sorted, UpdateKey, i), &g_array_index (sorted, UpdateKey, sorted->len - 1),
                             &keys) == 0)
      g_hash_table_add (standing, g_array_index (sorted, UpdateKey, i).claim);
  if (compare_update_keys (&g_array_index (sorted, UpdateKey, 0), &g_array_index (sorted, UpdateKey, sorted->len - 1),
                           &keys) == 0)
    return;
  ordered = g_ptr_array_new_full (sorted->len, g_object_unref);
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_add (ordered, g_object_ref (g_array_index (sorted, UpdateKey, i).claim));
  g_ptr_array_add (self->updates, ordered);
}

/* Sorts the claims, once all are added, into those that stand and the sequences of
 * updates that led to them. */
void
esc_figure_settle (EscFigure *self)
{
  g_autoptr(GPtrArray) sequences = group_sequences (self->claims);
  g_autoptr(GHashTable) standing = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->claims->len; i++)
    if (esc_claim_update_rank (g_ptr_array_index (self->claims, i)) < 0)
      g_hash_table_add (standing, g_ptr_array_index (self->claims, i));
  for (guint i = 0; i < sequences->len; i++)
    settle_sequence (self, g_ptr_array_index (sequences, i), standing);

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

/* Whether the figure counts seats: the offices one party won, or those at stake in the
 * election, as a count ("18", not "78 % of the seats"). */
gboolean
esc_figure_counts_seats (EscFigure *self)
{
  g_return_val_if_fail (ESC_IS_FIGURE (self), FALSE);
  if (self->unit != ESC_UNIT_COUNT)
    return FALSE;
  return (self->measure == ESC_MEASURE_OFFICES_WON && self->subject != NULL)
         || (self->measure == ESC_MEASURE_OFFICES_CONTESTED && self->subject == NULL);
}
