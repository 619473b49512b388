/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A tally shown in full: its coverage and provenance, each candidate's votes and share
 * (and, while importing, which party each is), what the missing sheets could change,
 * the distribution of shares across sheets, the totals by region in a sortable table,
 * and every row set aside with its line. The import dialog shows a new tally here; a
 * computed figure's sources show the tally it came from. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-accessible.h"
#include "esc-chart-text.h"
#include "esc-drawn-view.h"
#include "esc-chart.h"
#include "esc-tally-chart.h"
#include "esc-tally-map.h"
#include "esc-tally-regions.h"
#include "esc-tally-text.h"
#include "esc-tally-view.h"

struct _EscTallyView
{
  AdwBin parent_instance;

  EscTally *tally;
  EscElection *election;     /* the parties the candidates are, and the map's country */
  gboolean pick_parties;     /* while importing: the user says which party each is */

  /* Template children */
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *candidates_group;
  AdwPreferencesGroup *worst_group;
  GtkDrawingArea *worst_area;
  AdwPreferencesGroup *distribution_group;
  GtkDrawingArea *distribution_area;
  AdwPreferencesGroup *regions_group;
  GtkColumnView *regions_view;
  AdwPreferencesGroup *rejected_group;
};

G_DEFINE_FINAL_TYPE (EscTallyView, esc_tally_view, ADW_TYPE_BIN)

/* A group's description, which libadwaita reads as markup, from plain text. */
void
esc_tally_view_set_description (AdwPreferencesGroup *group,
                                const char          *text)
{
  g_autofree char *escaped = text != NULL ? g_markup_escape_text (text, -1) : NULL;

  adw_preferences_group_set_description (group, escaped);
}

/* Dataset and file text: never markup. */
static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
fill_summary (EscTallyView *self)
{
  g_autofree char *coverage = esc_tally_text_coverage (self->tally);
  g_autofree char *rows = esc_tally_text_rows (self->tally);
  g_autofree char *worst = esc_tally_text_worst_case (self->tally);

  adw_preferences_group_add (self->summary_group, text_row (coverage, rows));
  /* Translators: a row's subtitle: the SHA-256 of the file the figures were computed from. */
  adw_preferences_group_add (self->summary_group,
                             text_row (esc_tally_get_file (self->tally), esc_tally_get_sha256 (self->tally)));
  if (worst != NULL)
    esc_tally_view_set_description (self->worst_group, worst);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->worst_group), FALSE);
}

static void
on_party_selected (AdwComboRow  *row,
                   GParamSpec   *pspec,
                   EscTallyView *self)
{
  guint candidate = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "candidate"));
  guint selected = adw_combo_row_get_selected (row);
  GPtrArray *parties = esc_election_get_parties (self->election);

  esc_tally_set_party (self->tally, candidate,
                       selected > 0 && selected <= parties->len
                       ? esc_party_get_id (g_ptr_array_index (parties, selected - 1)) : NULL);
}

/* While importing: which of the election's parties the candidate is, or none. */
static GtkWidget *
party_row (EscTallyView      *self,
           guint              index,
           EscTallyCandidate *candidate,
           const char        *subtitle)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *parties = esc_election_get_parties (self->election);
  guint selected = 0;

  gtk_string_list_append (names, _("Not One of the Election’s Parties"));
  for (guint i = 0; i < parties->len; i++)
    {
      EscParty *party = g_ptr_array_index (parties, i);

      gtk_string_list_append (names, esc_text_party (party));
      if (g_strcmp0 (candidate->party, esc_party_get_id (party)) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), candidate->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "candidate", GUINT_TO_POINTER (index));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_party_selected), self);
  return row;
}

static void
fill_candidates (EscTallyView *self)
{
  GArray *candidates = esc_tally_get_candidates (self->tally);

  for (guint i = 0; i < candidates->len; i++)
    {
      EscTallyCandidate *candidate = &g_array_index (candidates, EscTallyCandidate, i);
      g_autofree char *votes = esc_text_number ((double) candidate->votes, ESC_UNIT_VOTES, 0);
      g_autofree char *share = esc_text_number (esc_tally_get_share (self->tally, i), ESC_UNIT_PERCENT, 2);
      /* Translators: "5,326,104 votes · 67.12%". */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), votes, share);

      adw_preferences_group_add (self->candidates_group,
                                 self->pick_parties ? party_row (self, i, candidate, subtitle)
                                                    : text_row (candidate->name, subtitle));
    }
  if (self->pick_parties)
    esc_tally_view_set_description (self->candidates_group,
                                           _("Each candidate the dataset has as a party becomes a computed figure on Results."));
}

typedef void (*DrawTally) (cairo_t *cr, double width, double height, EscTally *tally, const EscChartStyle *style);

/* Either drawing of the tally, in the theme's colours: @data is which. */
static void
draw_tally (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  EscTallyView *self = ESC_TALLY_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (area), ESC_TYPE_TALLY_VIEW));
  DrawTally draw = (DrawTally) data;
  EscChartStyle style;

  esc_drawn_view_read_style (GTK_WIDGET (area), &style);
  draw (cr, width, height, self->tally, &style);
}

static void
set_up_drawings (EscTallyView *self)
{
  g_autofree char *distribution = esc_tally_chart_describe_distribution (self->tally);
  g_autofree char *worst = esc_tally_text_worst_case (self->tally);

  gtk_drawing_area_set_draw_func (self->worst_area, draw_tally, (gpointer) esc_tally_chart_draw_worst_case, NULL);
  gtk_drawing_area_set_draw_func (self->distribution_area, draw_tally, (gpointer) esc_tally_chart_draw_distribution, NULL);
  esc_tally_view_set_description (self->distribution_group, distribution);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->distribution_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Shares Across Sheets"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, distribution, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->worst_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What the Missing Sheets Could Change"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, worst != NULL ? worst : "", -1);
}

static void
fill_rejected (EscTallyView *self)
{
  GArray *rejections = esc_tally_get_rejections (self->tally);
  guint shown = MIN (rejections->len, 200);

  if (esc_tally_get_n_rejected (self->tally) == 0)
    {
      esc_tally_view_set_description (self->rejected_group, _("Every row was counted."));
      return;
    }
  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *why = esc_tally_rejection_describe (&g_array_index (rejections, EscTallyRejection, i));

      adw_preferences_group_add (self->rejected_group, text_row (why, NULL));
    }
  if (esc_tally_get_n_rejected (self->tally) > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more row",
                                                            "And %u more rows", esc_tally_get_n_rejected (self->tally) - shown),
                                               esc_tally_get_n_rejected (self->tally) - shown);

      esc_tally_view_set_description (self->rejected_group, more);
    }
}

static void
esc_tally_view_dispose (GObject *object)
{
  EscTallyView *self = ESC_TALLY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ESC_TYPE_TALLY_VIEW);
  g_clear_object (&self->tally);
  g_clear_object (&self->election);
  G_OBJECT_CLASS (esc_tally_view_parent_class)->dispose (object);
}

static void
esc_tally_view_class_init (EscTallyViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_tally_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-tally-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, summary_group);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, candidates_group);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, worst_group);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, worst_area);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, distribution_group);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, distribution_area);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, regions_group);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, regions_view);
  gtk_widget_class_bind_template_child (widget_class, EscTallyView, rejected_group);
}

static void
esc_tally_view_init (EscTallyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The regions on the map of the election's country, each in the colour of the party
 * of its leading candidate, as strong as that candidate's share. */
static void
add_map (EscTallyView *self)
{
  g_autoptr(EscElection) map = esc_tally_map_election (self->tally, self->election);
  g_autoptr(EscChart) chart = esc_chart_regions_new (map);
  GtkWidget *view;

  if (chart == NULL)
    return;
  view = esc_drawn_view_new (ESC_DRAWING (chart));
  gtk_widget_set_margin_bottom (view, 12);
  gtk_widget_add_css_class (view, "card");
  adw_preferences_group_add (self->regions_group, view);
}

static char *
window_title (EscTally *tally)
{
  /* Translators: a window's title; %s is the name of a CSV file. */
  return g_strdup_printf (_("Tally Sheets: %s"), esc_tally_get_file (tally));
}

/**
 * esc_tally_view_new:
 * @election: the election the tally is of: its parties and country
 * @pick_parties: whether the user says here which party each candidate is
 *   (esc_tally_set_party()), as when importing
 */
GtkWidget *
esc_tally_view_new (EscTally    *tally,
                    EscElection *election,
                    gboolean     pick_parties)
{
  EscTallyView *self = g_object_new (ESC_TYPE_TALLY_VIEW, NULL);
  g_autofree char *title = NULL;

  self->tally = g_object_ref (tally);
  self->election = g_object_ref (election);
  self->pick_parties = pick_parties;
  fill_summary (self);
  fill_candidates (self);
  set_up_drawings (self);
  if (esc_tally_get_regions (tally)->len > 0)
    add_map (self);
  esc_tally_regions_table_fill (self->regions_view, tally);
  gtk_widget_set_visible (GTK_WIDGET (self->regions_group), esc_tally_get_regions (tally)->len > 0);
  fill_rejected (self);
  /* Named as its own window is, since it is also shown in the import dialog. */
  title = window_title (tally);
  esc_accessible_name_scrolled (GTK_WIDGET (self), title);
  return GTK_WIDGET (self);
}

/* A window of its own for a tally a computed figure comes from. */
void
esc_tally_view_present (GtkWindow   *parent,
                        EscTally    *tally,
                        EscElection *election)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = esc_tally_view_new (tally, election, FALSE);
  GtkEventController *controller;
  g_autofree char *title = window_title (tally);

  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 720);
  /* Modal, so it closes as a dialog does, with Escape, and as a window, with Ctrl+W. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape|<Control>w"),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, controller);
  gtk_window_present (GTK_WINDOW (window));
}
