/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one reading of an election's claims and regions that everything else shares:
 * which claims measure the same thing, which of them stand, and how many offices each
 * party won, by claims and by regions. */
#include "esc-figures.h"

#include "esc-model-private.h"

struct _EscFigures
{
  GObject parent_instance;
  GPtrArray *figures;         /* EscFigure, in order of their first claim */
  GHashTable *by_claim;       /* EscClaim → EscFigure */
  GPtrArray *seat_holders;    /* EscSeatHolder, in hemicycle order */
  GPtrArray *unsettled;       /* EscRegion pending or disputed */
  double total_seats;
  gboolean regions_complete;
};

G_DEFINE_FINAL_TYPE (EscFigures, esc_figures, G_TYPE_OBJECT)

static void
esc_figures_finalize (GObject *object)
{
  EscFigures *self = ESC_FIGURES (object);

  g_clear_pointer (&self->figures, g_ptr_array_unref);
  g_clear_pointer (&self->by_claim, g_hash_table_unref);
  g_clear_pointer (&self->seat_holders, g_ptr_array_unref);
  g_clear_pointer (&self->unsettled, g_ptr_array_unref);

  G_OBJECT_CLASS (esc_figures_parent_class)->finalize (object);
}

static void
esc_figures_class_init (EscFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_figures_finalize;
}

static void
esc_figures_init (EscFigures *self)
{
  self->figures = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_claim = g_hash_table_new (NULL, NULL);
  self->seat_holders = g_ptr_array_new_with_free_func (g_object_unref);
  self->unsettled = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Claims measure the same thing when they share measure, subject, unit and label. */
static char *
measure_key (EscClaim *claim)
{
  static const char *no_languages[] = { NULL };

  return g_strdup_printf ("%d|%s|%d|%s", claim->measure, claim->subject ? claim->subject->id : "",
                          claim->unit, claim->label ? esc_localized_text_lookup (claim->label, no_languages, NULL) : "");
}

static void
group_claims (EscFigures  *self,
              EscElection *election)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < election->claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (election->claims, i);
      char *key = measure_key (claim);
      EscFigure *figure = g_hash_table_lookup (by_key, key);

      if (figure == NULL)
        {
          figure = esc_figure_new (claim);
          g_ptr_array_add (self->figures, figure);
          g_hash_table_insert (by_key, key, figure);
        }
      else
        g_free (key);
      g_ptr_array_add (figure->claims, g_object_ref (claim));
      g_hash_table_insert (self->by_claim, claim, figure);
    }

  for (guint i = 0; i < self->figures->len; i++)
    esc_figure_settle (g_ptr_array_index (self->figures, i));
}

/* Offices at stake: what the claims that stand say, or the whole a claim of offices won
 * is part of (18 of 23), or the regions listed, whichever is most. */
static double
count_offices (EscFigures  *self,
               EscElection *election)
{
  double total = election->regions->len, out_of;

  for (guint f = 0; f < self->figures->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (self->figures, f);

      for (guint i = 0; i < figure->current->len; i++)
        {
          EscClaim *claim = g_ptr_array_index (figure->current, i);

          if (!esc_figure_counts_seats (figure))
            continue;
          if (figure->measure == ESC_MEASURE_OFFICES_CONTESTED)
            total = MAX (total, claim->value);
          else if (esc_claim_get_out_of (claim, &out_of))
            total = MAX (total, out_of);
        }
    }
  return total;
}

static int
bloc_order (EscBloc bloc)
{
  /* Government on the left of a hemicycle, opposition on the right, as news graphics do. */
  static const int order[] = { [ESC_BLOC_GOVERNMENT] = 0, [ESC_BLOC_OTHER] = 1, [ESC_BLOC_OPPOSITION] = 2 };

  return order[bloc];
}

/* The holders by party, and by bloc for the regions that name no party. */
typedef struct {
  GHashTable *by_party;
  EscSeatHolder *by_bloc[ESC_N_BLOCS];
} Holders;

/* The holder of @party's offices (or @bloc's, where @party is NULL), added if new. */
static EscSeatHolder *
holder_for (EscFigures *self,
            Holders    *holders,
            EscParty   *party,
            EscBloc     bloc)
{
  EscSeatHolder *holder = party ? g_hash_table_lookup (holders->by_party, party) : holders->by_bloc[bloc];

  if (holder != NULL)
    return holder;
  holder = esc_seat_holder_new (party, party ? party->bloc : bloc);
  g_ptr_array_add (self->seat_holders, holder);
  if (party != NULL)
    g_hash_table_insert (holders->by_party, party, holder);
  else
    holders->by_bloc[bloc] = holder;
  return holder;
}

/* Blocs in hemicycle order; within a bloc, the dataset's party order, then the offices
 * the bloc won in regions that name no party. */
static void
order_holders (EscFigures  *self,
               Holders     *holders,
               EscElection *election)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_full (self->seat_holders->len, g_object_unref);

  for (int rank = 0; rank < ESC_N_BLOCS; rank++)
    {
      for (guint p = 0; p < election->parties->len; p++)
        {
          EscParty *party = g_ptr_array_index (election->parties, p);
          EscSeatHolder *holder = g_hash_table_lookup (holders->by_party, party);

          if (holder != NULL && bloc_order (party->bloc) == rank)
            g_ptr_array_add (ordered, g_object_ref (holder));
        }
      for (EscBloc bloc = 0; bloc < ESC_N_BLOCS; bloc++)
        if (holders->by_bloc[bloc] != NULL && bloc_order (bloc) == rank)
          g_ptr_array_add (ordered, g_object_ref (holders->by_bloc[bloc]));
    }
  g_ptr_array_set_size (self->seat_holders, 0);
  g_ptr_array_extend_and_steal (self->seat_holders, g_steal_pointer (&ordered));
}

static void
count_seats (EscFigures  *self,
             EscElection *election)
{
  g_autoptr(GHashTable) by_party = g_hash_table_new (NULL, NULL);
  Holders holders = { by_party, { NULL } };

  /* A party's count of offices may come as several figures ("18 governorships" and
   * "18" in another wording): one holder reads them all. */
  for (guint f = 0; f < self->figures->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (self->figures, f);
      EscSeatHolder *holder;

      if (figure->measure != ESC_MEASURE_OFFICES_WON || !esc_figure_counts_seats (figure))
        continue;
      holder = holder_for (self, &holders, figure->subject, figure->subject->bloc);
      for (guint i = 0; i < figure->current->len; i++)
        g_ptr_array_add (holder->claims, g_object_ref (g_ptr_array_index (figure->current, i)));
    }

  for (guint i = 0; i < election->regions->len; i++)
    {
      EscRegion *region = g_ptr_array_index (election->regions, i);

      if (region->outcome == ESC_OUTCOME_WON)
        g_ptr_array_add (holder_for (self, &holders, region->party, region->bloc)->regions, g_object_ref (region));
      else
        g_ptr_array_add (self->unsettled, g_object_ref (region));
    }

  self->total_seats = count_offices (self, election);
  self->regions_complete = election->regions->len > 0 && election->regions->len >= self->total_seats;
  for (guint i = 0; i < self->seat_holders->len; i++)
    esc_seat_holder_settle (g_ptr_array_index (self->seat_holders, i), self->regions_complete);
  order_holders (self, &holders, election);
}

EscFigures *
esc_figures_new (EscElection *election)
{
  EscFigures *self;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);

  self = g_object_new (ESC_TYPE_FIGURES, NULL);
  group_claims (self, election);
  count_seats (self, election);
  return self;
}

/**
 * esc_figures_get_all:
 *
 * Returns: (element-type EscFigure): every figure, in the order of its first claim
 */
GPtrArray *
esc_figures_get_all (EscFigures *self)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), NULL);
  return self->figures;
}

/* The figure @claim belongs to. */
EscFigure *
esc_figures_find (EscFigures *self,
                  EscClaim   *claim)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), NULL);
  return g_hash_table_lookup (self->by_claim, claim);
}

/* The first figure of @measure about @subject (NULL: the election), in any unit. */
EscFigure *
esc_figures_lookup (EscFigures *self,
                    EscMeasure  measure,
                    EscParty   *subject)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    {
      EscFigure *figure = g_ptr_array_index (self->figures, i);

      if (figure->measure == measure && figure->subject == subject)
        return figure;
    }
  return NULL;
}

/**
 * esc_figures_get_seat_holders:
 *
 * Returns: (element-type EscSeatHolder): who won offices, government bloc first, then
 *   others, then the opposition, each bloc in the dataset's party order
 */
GPtrArray *
esc_figures_get_seat_holders (EscFigures *self)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), NULL);
  return self->seat_holders;
}

/* The offices at stake; 0 when nothing says. */
double
esc_figures_get_total_seats (EscFigures *self)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), 0);
  return self->total_seats;
}

/* The regions still pending or disputed, in file order. */
GPtrArray *
esc_figures_get_unsettled_regions (EscFigures *self)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), NULL);
  return self->unsettled;
}

/* Whether the regions list every office at stake, so that their count is a count and
 * not a floor. */
gboolean
esc_figures_regions_complete (EscFigures *self)
{
  g_return_val_if_fail (ESC_IS_FIGURES (self), FALSE);
  return self->regions_complete;
}
