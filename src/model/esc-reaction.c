/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscReaction, esc_reaction, G_TYPE_OBJECT)

static void
esc_reaction_finalize (GObject *object)
{
  EscReaction *self = ESC_REACTION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->organization_id, g_free);
  g_clear_pointer (&self->organization_name, esc_localized_text_unref);
  g_clear_pointer (&self->speaker, g_free);
  g_clear_pointer (&self->role, esc_localized_text_unref);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->statement, g_free);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (esc_reaction_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscReaction, id, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, country, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, organization_id, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, organization_name, ESC_FIELD_TEXT),
  ESC_FIELD (EscReaction, speaker, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, role, ESC_FIELD_TEXT),
  ESC_FIELD_TYPED (EscReaction, stance, ESC_FIELD_ENUM, esc_stance_get_type),
  ESC_FIELD (EscReaction, quote, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, date, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, statement, ESC_FIELD_STRING),
  ESC_FIELD (EscReaction, sources, ESC_FIELD_LIST),
};

static void
esc_reaction_class_init (EscReactionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_reaction_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_reaction_init (EscReaction *self)
{
}

const char *
esc_reaction_get_id (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->id;
}

const char *
esc_reaction_get_country (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->country;
}

const char *
esc_reaction_get_organization_id (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->organization_id;
}

/* Who reacted: the country's alpha-2 code, or the organization's id. */
const char *
esc_reaction_get_reactor_id (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->country ? self->country : self->organization_id;
}

EscLocalizedText *
esc_reaction_get_organization_name (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->organization_name;
}

const char *
esc_reaction_get_speaker (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->speaker;
}

EscLocalizedText *
esc_reaction_get_role (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->role;
}

EscStance
esc_reaction_get_stance (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), 0);

  return self->stance;
}

const char *
esc_reaction_get_quote (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->quote;
}

const char *
esc_reaction_get_date (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->date;
}

const char *
esc_reaction_get_statement (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->statement;
}

GPtrArray *
esc_reaction_get_sources (EscReaction *self)
{
  g_return_val_if_fail (ESC_IS_REACTION (self), NULL);

  return self->sources;
}
