/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The model's structs, for the loader that fills them. Everything else reads the
 * objects through their getters: once loaded, a dataset does not change. */
#pragma once

#include "esc-article.h"
#include "esc-claim.h"
#include "esc-dataset.h"
#include "esc-election.h"
#include "esc-party.h"
#include "esc-reaction.h"
#include "esc-region.h"
#include "esc-source.h"

G_BEGIN_DECLS

struct _EscSource
{
  gatomicrefcount ref_count;
  EscArticle *article;
  char *quote;
  guint paragraph;       /* where the quote was found */
  gsize offset;          /* in bytes, within that paragraph */
};

struct _EscArticle
{
  GObject parent_instance;
  char *id;
  EscLocalizedText *title;
  gboolean title_from_editor;
  char *outlet;
  char *published;
  char *url;
  char *language;
  char *translated_from;
  GPtrArray *notes;      /* EscLocalizedText */
  GStrv paragraphs;
};

struct _EscParty
{
  GObject parent_instance;
  char *id;
  EscLocalizedText *name;
  char *short_name;
  char *candidate;
  EscBloc bloc;
  gboolean has_color;
  guint32 color;
};

struct _EscClaim
{
  GObject parent_instance;
  char *id;
  EscMeasure measure;
  EscLocalizedText *label;
  double value;
  EscUnit unit;
  EscQualifier qualifier;
  gboolean has_out_of;
  double out_of;
  EscParty *subject;
  EscClaimantKind claimant_kind;
  EscLocalizedText *claimant_name;
  EscClaimStatus status;
  EscLocalizedText *note;
  GPtrArray *sources;    /* EscSource */
};

struct _EscRegion
{
  GObject parent_instance;
  char *name;
  EscRegionOutcome outcome;
  EscBloc bloc;
  EscParty *party;
  GPtrArray *sources;
};

struct _EscReaction
{
  GObject parent_instance;
  char *id;
  char *country;
  char *organization_id;
  EscLocalizedText *organization_name;
  char *speaker;
  EscLocalizedText *role;
  EscStance stance;
  char *quote;
  char *date;
  char *statement;
  GPtrArray *sources;
};

struct _EscElection
{
  GObject parent_instance;
  char *id;
  char *country;
  char *date;
  EscElectionKind kind;
  EscLocalizedText *title;
  EscLocalizedText *summary;
  GPtrArray *parties;    /* EscParty */
  GPtrArray *claims;     /* EscClaim */
  GPtrArray *regions;    /* EscRegion */
  GPtrArray *reactions;  /* EscReaction */
};

struct _EscDataset
{
  GObject parent_instance;
  EscLocalizedText *title;
  EscLocalizedText *description;
  GPtrArray *articles;   /* EscArticle */
  GListStore *elections; /* EscElection */
};

EscSource *esc_source_new (EscArticle *article,
                           const char *quote,
                           guint       paragraph,
                           gsize       offset);

G_END_DECLS
