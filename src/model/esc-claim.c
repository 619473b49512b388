/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscClaim, esc_claim, G_TYPE_OBJECT)

static void
esc_claim_finalize (GObject *object)
{
  EscClaim *self = ESC_CLAIM (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, esc_localized_text_unref);
  g_clear_pointer (&self->subject, g_object_unref);
  g_clear_object (&self->claimant);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->note, esc_localized_text_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (esc_claim_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscClaim, id, ESC_FIELD_STRING),
  ESC_FIELD_TYPED (EscClaim, measure, ESC_FIELD_ENUM, esc_measure_get_type),
  ESC_FIELD (EscClaim, label, ESC_FIELD_TEXT),
  ESC_FIELD (EscClaim, value, ESC_FIELD_DOUBLE),
  ESC_FIELD (EscClaim, value_decimals, ESC_FIELD_DECIMALS),
  ESC_FIELD_TYPED (EscClaim, unit, ESC_FIELD_ENUM, esc_unit_get_type),
  ESC_FIELD_TYPED (EscClaim, qualifier, ESC_FIELD_ENUM, esc_qualifier_get_type),
  ESC_FIELD_OPTIONAL (EscClaim, out_of, ESC_FIELD_NUMBER, has_out_of),
  ESC_FIELD_TYPED (EscClaim, subject, ESC_FIELD_OBJECT, esc_party_get_type),
  ESC_FIELD_TYPED (EscClaim, claimant, ESC_FIELD_OBJECT, esc_claimant_get_type),
  ESC_FIELD_TYPED (EscClaim, status, ESC_FIELD_ENUM, esc_claim_status_get_type),
  ESC_FIELD (EscClaim, published, ESC_FIELD_STRING),
  ESC_FIELD_OPTIONAL (EscClaim, counted, ESC_FIELD_NUMBER, has_counted),
  ESC_FIELD (EscClaim, counted_decimals, ESC_FIELD_DECIMALS),
  ESC_FIELD (EscClaim, note, ESC_FIELD_TEXT),
  ESC_FIELD (EscClaim, sources, ESC_FIELD_LIST),
};

static void
esc_claim_class_init (EscClaimClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_claim_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_claim_init (EscClaim *self)
{
}

const char *
esc_claim_get_id (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->id;
}

EscMeasure
esc_claim_get_measure (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), 0);

  return self->measure;
}

EscLocalizedText *
esc_claim_get_label (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->label;
}

double
esc_claim_get_value (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), 0.0);

  return self->value;
}

EscUnit
esc_claim_get_unit (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), 0);

  return self->unit;
}

EscQualifier
esc_claim_get_qualifier (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), 0);

  return self->qualifier;
}

EscParty *
esc_claim_get_subject (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->subject;
}

EscClaimant *
esc_claim_get_claimant (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->claimant;
}

EscClaimantKind
esc_claim_get_claimant_kind (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self) && self->claimant != NULL, 0);

  return self->claimant->kind;
}

EscLocalizedText *
esc_claim_get_claimant_name (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self) && self->claimant != NULL, NULL);

  return self->claimant->name;
}

/* How many decimals the source printed the value with: 1 for 28.0, 2 for 42.26. */
guint
esc_claim_get_decimals (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), 0);

  return self->value_decimals;
}

/* When the figure was published: a date or a date and time, or NULL. */
const char *
esc_claim_get_published (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->published;
}

/* The share of the count the figure covered (80 for "80 % of the tally sheets"), where
 * the source says; @decimals as printed. */
gboolean
esc_claim_get_counted (EscClaim *self,
                       double   *counted,
                       guint    *decimals)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), FALSE);

  if (self->has_counted && counted != NULL)
    *counted = self->counted;
  if (self->has_counted && decimals != NULL)
    *decimals = self->counted_decimals;
  return self->has_counted;
}

EscClaimStatus
esc_claim_get_status (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), 0);

  return self->status;
}

EscLocalizedText *
esc_claim_get_note (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->note;
}

GPtrArray *
esc_claim_get_sources (EscClaim *self)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), NULL);

  return self->sources;
}

/* The whole the value is part of (20 out of 23), where the source gives one. */
gboolean
esc_claim_get_out_of (EscClaim *self,
                      double   *out_of)
{
  g_return_val_if_fail (ESC_IS_CLAIM (self), FALSE);

  if (self->has_out_of && out_of != NULL)
    *out_of = self->out_of;
  return self->has_out_of;
}
