/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscSeatHolder, esc_seat_holder, G_TYPE_OBJECT)

static void
esc_seat_holder_finalize (GObject *object)
{
  EscSeatHolder *self = ESC_SEAT_HOLDER (object);

  g_clear_object (&self->party);
  g_clear_object (&self->figure);
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
  self->regions = g_ptr_array_new_with_free_func (g_object_unref);
}

EscSeatHolder *
esc_seat_holder_new (EscParty  *party,
                     EscBloc    bloc,
                     EscFigure *figure)
{
  EscSeatHolder *self = g_object_new (ESC_TYPE_SEAT_HOLDER, NULL);

  self->party = party ? g_object_ref (party) : NULL;
  self->bloc = bloc;
  self->figure = figure ? g_object_ref (figure) : NULL;
  self->claims = figure ? g_ptr_array_ref (figure->current) : g_ptr_array_new ();
  return self;
}

/* The claims give points; the regions won give one more where they list every office,
 * or where they show more than a claim allows. A partial list of regions is only a
 * floor, and 1 region listed does not contradict a claim of 18. */
void
esc_seat_holder_settle (EscSeatHolder *self,
                        gboolean       regions_complete)
{
  double won = self->regions->len;

  if (self->claims->len == 0)
    {
      self->low = self->high = won;
      return;
    }

  self->low = G_MAXDOUBLE;
  self->high = 0;
  for (guint i = 0; i < self->claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (self->claims, i);

      self->low = MIN (self->low, claim->value);
      self->high = MAX (self->high, claim->value);
    }
  if (self->regions->len > 0 && (regions_complete || won > self->low))
    {
      self->regions_differ = won != self->low || won != self->high;
      self->low = MIN (self->low, won);
      self->high = MAX (self->high, won);
    }
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

/* The party's "offices won" figure, or NULL where only regions tell. */
EscFigure *
esc_seat_holder_get_figure (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), NULL);
  return self->figure;
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

/* The fewest offices any source gives it. */
double
esc_seat_holder_get_low (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), 0);
  return self->low;
}

/* The most offices any source gives it. */
double
esc_seat_holder_get_high (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), 0);
  return self->high;
}

/* Whether its sources give different counts (or one count with different qualifiers). */
gboolean
esc_seat_holder_is_disputed (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), FALSE);
  return self->low != self->high || self->regions_differ || (self->figure && self->figure->disputed);
}

/* Whether the regions it won give another count than a claim does. */
gboolean
esc_seat_holder_regions_differ (EscSeatHolder *self)
{
  g_return_val_if_fail (ESC_IS_SEAT_HOLDER (self), FALSE);
  return self->regions_differ;
}
