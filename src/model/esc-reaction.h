/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-enums.h"
#include "esc-localized-text.h"
#include "esc-party.h"
#include "esc-source.h"

G_BEGIN_DECLS

/* What a country or an organization said about an election. */
#define ESC_TYPE_REACTION (esc_reaction_get_type ())
G_DECLARE_FINAL_TYPE (EscReaction, esc_reaction, ESC, REACTION, GObject)

const char *         esc_reaction_get_id (EscReaction *self);
const char *         esc_reaction_get_country (EscReaction *self);
const char *         esc_reaction_get_organization_id (EscReaction *self);
const char *         esc_reaction_get_reactor_id      (EscReaction *self);
EscLocalizedText *   esc_reaction_get_organization_name (EscReaction *self);
const char *         esc_reaction_get_speaker (EscReaction *self);
EscLocalizedText *   esc_reaction_get_role (EscReaction *self);
EscStance            esc_reaction_get_stance (EscReaction *self);
const char *         esc_reaction_get_quote (EscReaction *self);
const char *         esc_reaction_get_date (EscReaction *self);
const char *         esc_reaction_get_statement (EscReaction *self);
GPtrArray *          esc_reaction_get_sources (EscReaction *self);

G_END_DECLS
