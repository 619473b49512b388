/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscParty, esc_party, G_TYPE_OBJECT)

static void
esc_party_finalize (GObject *object)
{
  EscParty *self = ESC_PARTY (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, esc_localized_text_unref);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->candidate, g_free);

  G_OBJECT_CLASS (esc_party_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscParty, id, ESC_FIELD_STRING),
  ESC_FIELD (EscParty, name, ESC_FIELD_TEXT),
  ESC_FIELD (EscParty, short_name, ESC_FIELD_STRING),
  ESC_FIELD (EscParty, candidate, ESC_FIELD_STRING),
  ESC_FIELD_TYPED (EscParty, bloc, ESC_FIELD_ENUM, esc_bloc_get_type),
  ESC_FIELD_OPTIONAL (EscParty, color, ESC_FIELD_COLOR, has_color),
};

static void
esc_party_class_init (EscPartyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_party_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_party_init (EscParty *self)
{
}

const char *
esc_party_get_id (EscParty *self)
{
  g_return_val_if_fail (ESC_IS_PARTY (self), NULL);

  return self->id;
}

EscLocalizedText *
esc_party_get_name (EscParty *self)
{
  g_return_val_if_fail (ESC_IS_PARTY (self), NULL);

  return self->name;
}

const char *
esc_party_get_short_name (EscParty *self)
{
  g_return_val_if_fail (ESC_IS_PARTY (self), NULL);

  return self->short_name;
}

const char *
esc_party_get_candidate (EscParty *self)
{
  g_return_val_if_fail (ESC_IS_PARTY (self), NULL);

  return self->candidate;
}

EscBloc
esc_party_get_bloc (EscParty *self)
{
  g_return_val_if_fail (ESC_IS_PARTY (self), 0);

  return self->bloc;
}

/* The party's own colour as 0xRRGGBB, where the dataset gives one. */
gboolean
esc_party_get_color (EscParty *self,
                     guint32  *out_rgb)
{
  g_return_val_if_fail (ESC_IS_PARTY (self), FALSE);

  if (self->has_color && out_rgb != NULL)
    *out_rgb = self->color;
  return self->has_color;
}
