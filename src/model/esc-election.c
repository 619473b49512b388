/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-model-fields.h"
#include "esc-model-private.h"

G_DEFINE_FINAL_TYPE (EscElection, esc_election, G_TYPE_OBJECT)

static void
esc_election_finalize (GObject *object)
{
  EscElection *self = ESC_ELECTION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title, esc_localized_text_unref);
  g_clear_pointer (&self->summary, esc_localized_text_unref);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->reactions, g_ptr_array_unref);
  g_clear_object (&self->figures);

  G_OBJECT_CLASS (esc_election_parent_class)->finalize (object);
}

static const EscField fields[] = {
  ESC_FIELD (EscElection, id, ESC_FIELD_STRING),
  ESC_FIELD (EscElection, country, ESC_FIELD_STRING),
  ESC_FIELD (EscElection, date, ESC_FIELD_STRING),
  ESC_FIELD_TYPED (EscElection, kind, ESC_FIELD_ENUM, esc_election_kind_get_type),
  ESC_FIELD (EscElection, title, ESC_FIELD_TEXT),
  ESC_FIELD (EscElection, summary, ESC_FIELD_TEXT),
  ESC_FIELD (EscElection, parties, ESC_FIELD_LIST),
  ESC_FIELD (EscElection, claims, ESC_FIELD_LIST),
  ESC_FIELD (EscElection, regions, ESC_FIELD_LIST),
  ESC_FIELD (EscElection, reactions, ESC_FIELD_LIST),
};

static void
esc_election_class_init (EscElectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_election_finalize;
  esc_fields_install (G_OBJECT_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
esc_election_init (EscElection *self)
{
}

const char *
esc_election_get_id (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->id;
}

const char *
esc_election_get_country (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->country;
}

const char *
esc_election_get_date (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->date;
}

EscElectionKind
esc_election_get_kind (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), 0);

  return self->kind;
}

EscLocalizedText *
esc_election_get_title (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->title;
}

EscLocalizedText *
esc_election_get_summary (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->summary;
}

GPtrArray *
esc_election_get_parties (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->parties;
}

GPtrArray *
esc_election_get_claims (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->claims;
}

GPtrArray *
esc_election_get_regions (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->regions;
}

GPtrArray *
esc_election_get_reactions (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  return self->reactions;
}

EscParty *
esc_election_lookup_party (EscElection *self,
                           const char  *id)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->parties->len; i++)
    {
      EscParty *party = g_ptr_array_index (self->parties, i);

      if (g_str_equal (party->id, id))
        return party;
    }
  return NULL;
}

/**
 * esc_election_get_figures:
 *
 * Returns: (transfer none): what the election's claims and regions say, read once
 */
EscFigures *
esc_election_get_figures (EscElection *self)
{
  g_return_val_if_fail (ESC_IS_ELECTION (self), NULL);

  if (self->figures == NULL)
    self->figures = esc_figures_new (self);
  return self->figures;
}
