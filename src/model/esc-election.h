/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "esc-bloc.h"
#include "esc-enums.h"
#include "esc-localized-text.h"
#include "esc-party.h"

G_BEGIN_DECLS

/* One election: its parties, the figures claimed about it, its regions and the reactions to it. */
#define ESC_TYPE_ELECTION (esc_election_get_type ())
G_DECLARE_FINAL_TYPE (EscElection, esc_election, ESC, ELECTION, GObject)

const char *         esc_election_get_id (EscElection *self);
const char *         esc_election_get_country (EscElection *self);
const char *         esc_election_get_date (EscElection *self);
EscElectionKind      esc_election_get_kind (EscElection *self);
EscLocalizedText *   esc_election_get_title (EscElection *self);
EscLocalizedText *   esc_election_get_summary (EscElection *self);
GPtrArray *          esc_election_get_parties (EscElection *self);
GPtrArray *          esc_election_get_claims (EscElection *self);
GPtrArray *          esc_election_get_regions (EscElection *self);
GPtrArray *          esc_election_get_reactions (EscElection *self);
EscParty            *esc_election_lookup_party (EscElection *self,
                                                const char  *id);

typedef struct _EscFigures EscFigures;
EscFigures          *esc_election_get_figures (EscElection *self);

G_END_DECLS
