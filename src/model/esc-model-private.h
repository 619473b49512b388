/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The model's structs, for the loader that fills them. Everything else reads the
 * objects through their getters: once loaded, a dataset does not change. */
#pragma once

#include <math.h>

#include "esc-article.h"
#include "esc-claim.h"
#include "esc-claimant.h"
#include "esc-dataset.h"
#include "esc-election.h"
#include "esc-figure.h"
#include "esc-figures.h"
#include "esc-party.h"
#include "esc-reaction.h"
#include "esc-region.h"
#include "esc-seat-holder.h"
#include "esc-source.h"
#include "esc-tally.h"

G_BEGIN_DECLS

struct _EscSource
{
  gatomicrefcount ref_count;
  EscTally *tally;       /* a computation over a file of tally sheets; or else: */
  EscArticle *article;   /* a quote in an article */
  char *quote;
  guint paragraph;       /* where the quote was found */
  gsize offset;          /* in bytes, within that paragraph */
  char *origin;          /* the JSON path it was read at, for the writer; NULL if new */
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
  guint value_decimals;
  EscParty *subject;
  EscClaimant *claimant;
  EscClaimStatus status;
  char *published;       /* date, or date and time */
  gboolean has_counted;
  double counted;
  guint counted_decimals;
  EscLocalizedText *note;
  GPtrArray *sources;    /* EscSource */
};

struct _EscClaimant
{
  GObject parent_instance;
  char *id;              /* NULL when written out in the claim */
  EscClaimantKind kind;
  EscLocalizedText *name;
};

struct _EscRegion
{
  GObject parent_instance;
  char *name;
  const char *code;            /* static, from esc-subdivisions; NULL if unmatched */
  EscRegionOutcome outcome;
  EscBloc bloc;
  EscParty *party;
  gboolean has_share;
  gboolean code_written;       /* the file gave the code, not only the name */
  double share;                /* the winner's share of the region's vote, in percent */
  guint share_decimals;        /* the decimals it was written with */
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
  EscFigures *figures;   /* read from the claims and regions when loaded */
};

struct _EscFigure
{
  GObject parent_instance;
  EscMeasure measure;
  EscParty *subject;
  EscUnit unit;
  EscLocalizedText *label;
  GPtrArray *claims;     /* EscClaim, file order */
  GPtrArray *current;    /* EscClaim, file order */
  GPtrArray *updates;    /* GPtrArray of EscClaim, earliest first */
  gboolean disputed;
};

struct _EscSeatHolder
{
  GObject parent_instance;
  EscParty *party;
  EscBloc bloc;
  GPtrArray *claims;     /* EscClaim: the current ones of its count figures */
  GPtrArray *regions;    /* EscRegion won */
  double low;
  double high;
  EscQualifier qualifier;
  gboolean disputed;
  gboolean regions_differ;
};

struct _EscDataset
{
  GObject parent_instance;
  EscLocalizedText *title;
  EscLocalizedText *description;
  GPtrArray *articles;   /* EscArticle */
  GPtrArray *claimants;  /* EscClaimant, the declared ones */
  GPtrArray *tallies;    /* EscTally */
  GListStore *elections; /* EscElection */
  GBytes *original;      /* the JSON it was read from, for the writer; NULL if new */
  /* Held for reading by checks on worker threads (esc-dataset-check.c), for writing
   * by EscHistory around each step: an edit waits for a check still reading. */
  GRWLock lock;
};

/* The qdata of every object the loader read from an array element: the JSON path of
 * that element (a string), for the writer to write over it. */
GQuark esc_origin_quark (void);

EscSource *esc_source_new (EscArticle *article,
                           const char *quote,
                           guint       paragraph,
                           gsize       offset);
EscSource *esc_source_new_tally (EscTally *tally);

/* The values a claim allows, with open or closed ends. */
typedef struct {
  double low;
  double high;
  gboolean low_open;
  gboolean high_open;
} EscInterval;

#define ESC_INTERVAL_ANY ((EscInterval) { -INFINITY, INFINITY, FALSE, FALSE })

void           esc_claim_interval     (EscClaim          *claim,
                                       EscInterval       *interval);
void           esc_interval_intersect (EscInterval       *into,
                                       const EscInterval *other);
gboolean       esc_interval_is_empty  (const EscInterval *interval);

char          *esc_claimant_dup_key   (EscClaimant   *self);
EscFigure     *esc_figure_new         (EscClaim      *first);
int            esc_claim_update_rank  (EscClaim      *claim);
void           esc_figure_settle      (EscFigure     *self);
EscSeatHolder *esc_seat_holder_new    (EscParty      *party,
                                       EscBloc        bloc);
void           esc_seat_holder_settle (EscSeatHolder *self,
                                       gboolean       regions_complete);

G_END_DECLS
