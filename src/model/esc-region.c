/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscRegion, esc_region, G_TYPE_OBJECT)

static void
esc_region_finalize (GObject *object)
{
  EscRegion *self = ESC_REGION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->party, g_object_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (esc_region_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscRegion, name, ESC_FIELD_STRING),
  ESC_FIELD_TYPED (EscRegion, outcome, ESC_FIELD_ENUM, esc_region_outcome_get_type),
  ESC_FIELD_TYPED (EscRegion, bloc, ESC_FIELD_ENUM, esc_bloc_get_type),
  ESC_FIELD_TYPED (EscRegion, party, ESC_FIELD_OBJECT, esc_party_get_type),
  ESC_FIELD_OPTIONAL (EscRegion, share, ESC_FIELD_NUMBER, has_share),
  ESC_FIELD (EscRegion, share_decimals, ESC_FIELD_DECIMALS),
  ESC_FIELD (EscRegion, sources, ESC_FIELD_LIST),
};

static void
esc_region_class_init (EscRegionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_region_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_region_init (EscRegion *self)
{
}

const char *
esc_region_get_name (EscRegion *self)
{
  g_return_val_if_fail (ESC_IS_REGION (self), NULL);

  return self->name;
}

/**
 * esc_region_get_code:
 *
 * Returns: (nullable): the ISO 3166-2 subdivision the region is: its `code` in the
 *   dataset, or else the one its name matches in the election's country
 *   (esc_subdivision_match()); %NULL when it matches none
 */
const char *
esc_region_get_code (EscRegion *self)
{
  g_return_val_if_fail (ESC_IS_REGION (self), NULL);

  return self->code;
}

EscRegionOutcome
esc_region_get_outcome (EscRegion *self)
{
  g_return_val_if_fail (ESC_IS_REGION (self), 0);

  return self->outcome;
}

EscBloc
esc_region_get_bloc (EscRegion *self)
{
  g_return_val_if_fail (ESC_IS_REGION (self), 0);

  return self->bloc;
}

EscParty *
esc_region_get_party (EscRegion *self)
{
  g_return_val_if_fail (ESC_IS_REGION (self), NULL);

  return self->party;
}

GPtrArray *
esc_region_get_sources (EscRegion *self)
{
  g_return_val_if_fail (ESC_IS_REGION (self), NULL);

  return self->sources;
}

/**
 * esc_region_get_share:
 * @share: (out): the winner's share of the region's vote, in percent
 * @decimals: (out) (optional): the decimals it was written with: 1 for "57.0"
 *
 * Returns: whether the dataset gives the share
 */
gboolean
esc_region_get_share (EscRegion *self,
                      double    *share,
                      guint     *decimals)
{
  g_return_val_if_fail (ESC_IS_REGION (self), FALSE);

  *share = self->share;
  if (decimals != NULL)
    *decimals = self->share_decimals;
  return self->has_share;
}
