/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscClaimant, esc_claimant, G_TYPE_OBJECT)

static void
esc_claimant_finalize (GObject *object)
{
  EscClaimant *self = ESC_CLAIMANT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, esc_localized_text_unref);

  G_OBJECT_CLASS (esc_claimant_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscClaimant, id, ESC_FIELD_STRING),
  ESC_FIELD_TYPED (EscClaimant, kind, ESC_FIELD_ENUM, esc_claimant_kind_get_type),
  ESC_FIELD (EscClaimant, name, ESC_FIELD_TEXT),
};

static void
esc_claimant_class_init (EscClaimantClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_claimant_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_claimant_init (EscClaimant *self)
{
}

/* NULL for a claimant written out in its claim. */
const char *
esc_claimant_get_id (EscClaimant *self)
{
  g_return_val_if_fail (ESC_IS_CLAIMANT (self), NULL);

  return self->id;
}

EscClaimantKind
esc_claimant_get_kind (EscClaimant *self)
{
  g_return_val_if_fail (ESC_IS_CLAIMANT (self), ESC_CLAIMANT_OTHER);

  return self->kind;
}

EscLocalizedText *
esc_claimant_get_name (EscClaimant *self)
{
  g_return_val_if_fail (ESC_IS_CLAIMANT (self), NULL);

  return self->name;
}

/* The election's authorities publish its counts: in some countries a ministry gives the
 * provisional figures and a commission the official ones. */
gboolean
esc_claimant_is_authority (EscClaimant *self)
{
  g_return_val_if_fail (ESC_IS_CLAIMANT (self), FALSE);

  return self->kind == ESC_CLAIMANT_ELECTORAL_AUTHORITY || self->kind == ESC_CLAIMANT_GOVERNMENT;
}

static const char *
name_key (EscClaimant *self)
{
  static const char *no_languages[] = { NULL };

  return self->name ? esc_localized_text_lookup (self->name, no_languages, NULL) : "";
}

/* A key equal for claimants of one kind and name, whatever the reader's language: to
 * gather a claimant's claims in a hash table. */
char *
esc_claimant_dup_key (EscClaimant *self)
{
  return g_strdup_printf ("%d|%s", self->kind, name_key (self));
}
