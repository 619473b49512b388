/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscSeatHolder, esc_seat_holder, G_TYPE_OBJECT)

static void
esc_seat_holder_finalize (GObject *object)
{
  EscSeatHolder *self = ESC_SEAT_HOLDER (object);

  g_clear_object (&self->party);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);

  G_OBJECT_CLASS (esc_seat_holder_parent_class)->finalize (object);
}

static void
esc_seat_holder_class_init (EscSeatHolderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_seat_holder_finalize;
}

static void
esc_seat_holder_init (EscSeatHolder *self)
{
  self->claims = g_ptr_array_new_with_free_func (g_object_unref);
  self->regions = g_ptr_array_new_with_free_func (g_object_unref);
}

EscSeatHolder *
esc_seat_holder_new (EscParty *party,
                     EscBloc   bloc)
{
  EscSeatHolder *self = g_object_new (ESC_TYPE_SEAT_HOLDER, NULL);

  self->party = party ? g_object_ref (party) : NULL;
  self->bloc = bloc;
  return self;
}

/* Seats are whole: "more than 17" is at least 18. */
static void
round_to_seats (EscInterval *interval)
{
  interval->low = interval->low_open ? floor (interval->low) + 1 : ceil (interval->low);
  interval->high = interval->high_open ? ceil (interval->high) - 1 : floor (interval->high);
  interval->low_open = interval->high_open = FALSE;
}

/* The regions won as a claim: a count where they list every office, else a floor. */
static void
regions_interval (EscSeatHolder *self,
                  gboolean       regions_complete,
                  EscInterval   *interval)
{
  *interval = (EscInterval) { self->regions->len, regions_complete ? self->regions->len : INFINITY, FALSE, FALSE };
}

/* Where the sources disagree, the range of what they say. */
static void
spread (EscSeatHolder *self,
        gboolean       with_regions)
{
  self->low = with_regions ? self->regions->len : G_MAXDOUBLE;
  self->high = with_regions ? self->regions->len : 0;
  for (guint i = 0; i < self->claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (self->claims, i);

      self->low = MIN (self->low, claim->value);
      self->high = MAX (self->high, claim->value);
    }
}

/* The claims and regions read together. Where they can all be true, the seats are what
 * they allow together ("at least 18" and "20" is 20), with an open end read as the
 * other ("at least 18" alone is 18). Where they cannot, the seats range from the
 * fewest to the most any source gives. 1 region listed of 23 does not contradict a
 * claim of 18. */
void
esc_seat_holder_settle (EscSeatHolder *self,
                        gboolean       regions_complete)
{
  EscInterval all = ESC_INTERVAL_ANY, regions;

  regions_interval (self, regions_complete, &regions);
  for (guint i = 0; i < self->claims->len; i++)
    {
      EscInterval one;

      esc_claim_interval (g_ptr_array_index (self->claims, i), &one);
      esc_interval_intersect (&all, &one);
      esc_interval_intersect (&one, &regions);
      self->regions_differ |= self->regions->len > 0 && esc_interval_is_empty (&one);
    }
  if (self->regions->len > 0)
    esc_interval_intersect (&all, &regions);
  round_to_seats (&all);
  self->disputed = esc_interval_is_empty (&all);
  if (self->disputed)
    {
      spread (self, self->regions_differ);
      return;
    }
  self->low = isinf (all.low) ? all.high : all.low;
  self->high = isinf (all.high) ? self->low : all.high;
  /* Regions are counted, not bounded: only claims say "at least". */
  if (self->claims->len > 0 && isinf (all.high) != isinf (all.low))
    self->qualifier = isinf (all.high) ? ESC_QUALIFIER_AT_LEAST : ESC_QUALIFIER_AT_MOST;
}

/* The party, or NULL for the offices a bloc won in regions that name no party. */
EscParty *
esc_seat_holder_get_party (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), NULL);
  return self->party;
}

EscBloc
esc_seat_holder_get_bloc (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), ESC_BLOC_OTHER);
  return self->bloc;
}

/* The claims of offices won that stand. */
GPtrArray *
esc_seat_holder_get_claims (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), NULL);
  return self->claims;
}

/* The regions it won, in file order. */
GPtrArray *
esc_seat_holder_get_regions (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), NULL);
  return self->regions;
}

/* The fewest offices it won: what its sources allow together, or where they cannot
 * all be true, the fewest any of them gives. */
double
esc_seat_holder_get_low (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), 0);
  return self->low;
}

/* The most offices it won, read as esc_seat_holder_get_low() is. */
double
esc_seat_holder_get_high (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), 0);
  return self->high;
}

/* How its sources bound the count where they agree: "at least" where none gives more
 * than a floor. */
EscQualifier
esc_seat_holder_get_qualifier (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), ESC_QUALIFIER_EXACT);
  return self->qualifier;
}

/* Whether its sources cannot all be true. */
gboolean
esc_seat_holder_is_disputed (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), FALSE);
  return self->disputed;
}

/* Whether the regions it won give another count than a claim does. */
gboolean
esc_seat_holder_regions_differ (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), FALSE);
  return self->regions_differ;
}
