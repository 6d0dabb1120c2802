import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { catalogs } from '@polyphony/i18n';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the same real SMTP server (smtp-server + mailparser) as the API's tests
import { linkIn, startSmtp, type TestSmtp } from '../../apps/api/test-support/smtp';
import { launchBrowser, screenshot, settleAnimations } from './support/browser';
import { startFreshApp, type FreshApp } from './support/fresh-app';

/** The UI strings, read from the catalogs so the test follows wording changes. */
type Catalog = Record<string, any>;
const ca = {
  web: catalogs.ca.web as Catalog,
  settings: catalogs.ca.settings as Catalog,
  accounts: catalogs.ca.accounts as Catalog,
  c: catalogs.ca.consultations as Catalog,
};
const fr = { web: catalogs.fr.web as Catalog, accounts: catalogs.fr.accounts as Catalog, q: catalogs.fr.questionnaires as Catalog };

const ADMIN = { email: 'internacional@perpignan.example', password: 'a long passphrase for Perpignan' };
const NAME = { ca: 'Perpinyà Mediterrània Metròpoli', fr: 'Perpignan Méditerranée Métropole' };
const LINES = [
  { ca: 'Cooperació transfronterera', fr: 'Coopération transfrontalière' },
  { ca: 'Mediterrània i clima', fr: 'Méditerranée et climat' },
  { ca: 'Solidaritat internacional', fr: 'Solidarité internationale' },
];
const TITLE = { ca: 'La nostra estratègia internacional 2027-2032', fr: 'Notre stratégie internationale 2027-2032' };
const INSTITUTION = { name: 'Awa Ndiaye', email: 'awa.ndiaye@cooperation-sahel.example', organisation: 'Coopération Roussillon-Sahel' };

/**
 * Everything of the reference case (Barcelona) that must not appear on an instance a city set up for
 * itself: its name, its five strategic lines and agendas, its demo partners, its time zone.
 */
const REFERENCE_CASE = [
  /Barcelon/i,
  /\bAMB\b/,
  /EU and UN agendas|Agendas de l’UE et de l’ONU/,
  /European and international funds|Fonds européens et internationaux/,
  /Leipzig/,
  /Greater Manchester|Aburrá/,
  /Europe\/Madrid/,
];
function assertNoReferenceCase(where: string, text: string) {
  for (const pattern of REFERENCE_CASE) expect({ where, found: text.match(pattern)?.[0] ?? null }).toEqual({ where, found: null });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form field by its exact visible label (Mantine appends " *" to required ones). */
const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
const tr = (text: string, vars: Record<string, string | number> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_, k) => String(vars[k]));
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 14, end to end: a city installs Polyphony on an empty database (DEMO_DATA=false) with a real
 * mail server; its first admin sets the territory up, names its lists, opens its first consultation,
 * invites an institution from a CSV file; the institution follows the e-mailed link, joins and
 * answers. Nothing of the reference case shows anywhere.
 */
describe('a city adopts Polyphony: from an empty database to an institution answering its first consultation', () => {
  let app: FreshApp;
  let smtp: TestSmtp;
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;
  let slug = '';

  /** Reads the whole visible page: nothing of the reference case, no serious or critical axe violation. */
  async function checkPage(page: Page, where: string) {
    await settleAnimations(page);
    assertNoReferenceCase(where, await page.locator('body').innerText());
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ where, rule: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startFreshApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SMTP_URL: smtp.url });
    browser = await launchBrowser();
    // The first admin's browser speaks Catalan; the territory will offer Catalan and French, French by default.
    adminContext = await browser.newContext({ locale: 'ca-ES', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
    admin = await adminContext.newPage();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
  });

  it('the first admin signs in and sets the territory up in Catalan: two languages only, Europe/Paris, three lines', async () => {
    await admin.goto(app.baseUrl);
    await admin.getByRole('heading', { level: 1, name: ca.settings.pending.title }).waitFor();
    await checkPage(admin, 'home before setup');
    await admin.goto(`${app.baseUrl}/login`);
    await field(admin, ca.web.fields.email).fill(ADMIN.email);
    await field(admin, ca.web.fields.password).fill(ADMIN.password);
    await admin.getByRole('button', { name: ca.web.auth.login.submit }).click();
    // Taken to the wizard, in their browser's language (not French by default).
    await admin.getByRole('heading', { level: 1, name: ca.settings.wizard.title }).waitFor();
    expect(new URL(admin.url()).pathname).toBe('/setup');

    await admin.getByRole('checkbox', { name: 'Català' }).check();
    await admin.getByRole('checkbox', { name: 'Français' }).check();
    await field(admin, ca.settings.fields.defaultLanguage).selectOption('fr');
    await field(admin, ca.settings.fields.kind).selectOption('metropolis');
    await field(admin, ca.settings.fields.country).selectOption('FR');
    const zone = admin.getByRole('combobox', { name: new RegExp(`^${ca.settings.fields.timeZone}`) });
    await zone.click();
    await zone.fill('Europe/Par');
    await admin.getByRole('option', { name: 'Europe/Paris' }).click();
    await checkPage(admin, 'setup wizard (ca)');
    await screenshot(admin, 'adoption-01-wizard-place-ca-1280');
    await admin.getByRole('button', { name: ca.settings.wizard.next }).click();

    await field(admin, tr(ca.settings.fields.name, { language: 'Français' })).fill(NAME.fr);
    await field(admin, tr(ca.settings.fields.name, { language: 'Català' })).fill(NAME.ca);
    await field(admin, tr(ca.settings.fields.description, { language: 'Français' })).fill(
      'Trente-six communes qui construisent ensemble leur action internationale.',
    );
    await field(admin, ca.settings.fields.primaryColor).fill('#0b5563');
    await admin.getByText(ca.settings.fields.contrastOk.split(' (')[0]).waitFor();
    await admin.getByRole('button', { name: ca.settings.wizard.next }).click();

    await field(admin, ca.settings.fields.municipalities).fill('Perpignan\nCanet-en-Roussillon\nRivesaltes');
    await admin.getByRole('button', { name: ca.settings.wizard.next }).click();

    for (const [i, line] of LINES.entries()) {
      if (i > 0) await admin.getByRole('button', { name: ca.settings.wizard.addLine }).click();
      const group = admin.getByRole('group', { name: tr(ca.settings.wizard.lineN, { n: i + 1 }) });
      await field(group, tr(ca.settings.wizard.lineName, { language: 'Français' })).fill(line.fr);
      await field(group, tr(ca.settings.wizard.lineName, { language: 'Català' })).fill(line.ca);
    }
    await admin.getByRole('button', { name: ca.settings.wizard.next }).click();
    await admin.getByText(tr(ca.settings.wizard.summary.lines, { count: 3 })).waitFor();
    await admin.getByText(tr(ca.settings.wizard.summary.timeZone, { zone: 'Europe/Paris' })).waitFor();
    await screenshot(admin, 'adoption-02-wizard-review-ca-1280');
    await admin.getByRole('button', { name: ca.settings.wizard.finish }).click();
    await admin.waitForURL(`${app.baseUrl}/`);
    await admin.getByRole('heading', { level: 2, name: NAME.ca }).waitFor();
    await checkPage(admin, 'home after setup (ca)');
    await screenshot(admin, 'adoption-03-home-ca-1280');
    await admin.setViewportSize({ width: 390, height: 844 });
    await screenshot(admin, 'adoption-03-home-ca-390');
    await admin.setViewportSize({ width: 1280, height: 900 });

    const me = await (await adminContext.request.get(`${app.baseUrl}/api/me`)).json();
    expect(me).toMatchObject({ preferredLanguage: 'ca', country: 'FR' });
    const instance = await (await fetch(`${app.baseUrl}/api/instance`)).json();
    expect(instance.territory).toMatchObject({ timeZone: 'Europe/Paris', languages: ['fr', 'ca'], defaultLanguage: 'fr' });
  }, 180_000);

  it('names the territory’s own region and agenda on the taxonomy page', async () => {
    await admin.goto(`${app.baseUrl}/admin/taxonomy`);
    await admin.getByRole('heading', { level: 1, name: ca.settings.taxonomyPage.title }).waitFor();
    for (const line of LINES) await admin.getByRole('listitem', { name: line.ca }).waitFor();
    for (const [kind, label] of [
      ['region', { fr: 'Sahel', ca: 'Sahel' }],
      ['agenda', { fr: 'Cadre de Sendai', ca: 'Marc de Sendai' }],
    ] as const) {
      await admin.getByRole('tab', { name: ca.settings.taxonomyPage.kinds[kind] }).click();
      const form = admin.locator('form').filter({ hasText: ca.settings.taxonomyPage.add });
      await field(form, tr(ca.settings.taxonomyPage.labelIn, { language: 'Français' })).fill(label.fr);
      await field(form, tr(ca.settings.taxonomyPage.labelIn, { language: 'Català' })).fill(label.ca);
      await form.getByRole('button', { name: ca.settings.taxonomyPage.addButton }).click();
      await admin.getByRole('listitem', { name: label.ca }).waitFor();
    }
    await checkPage(admin, 'taxonomy page');
    await screenshot(admin, 'adoption-04-taxonomy-ca-1280');
    const taxonomy = await (await fetch(`${app.baseUrl}/api/taxonomy`)).json();
    expect(taxonomy.region.map((e: { key: string }) => e.key)).toEqual(['sahel']);
    expect(taxonomy.agenda.map((e: { label: { ca: string } }) => e.label.ca)).toEqual(['Marc de Sendai']);
    assertNoReferenceCase('/api/taxonomy', JSON.stringify(taxonomy));
  });

  it('opens its first consultation in Catalan and French, with a short questionnaire, and publishes it', async () => {
    await admin.goto(`${app.baseUrl}/consultations/new`);
    await admin.getByRole('heading', { level: 1, name: ca.c.editor.newTitle }).waitFor();
    for (const [lang, language] of [
      ['ca', 'Català'],
      ['fr', 'Français'],
    ] as const) {
      await admin.getByRole('checkbox', { name: language, exact: true }).check();
      await field(admin, tr(ca.c.editor.title, { language })).fill(TITLE[lang]);
      await field(admin, tr(ca.c.editor.summary, { language })).fill(
        lang === 'fr'
          ? 'Vos priorités pour l’action internationale de la métropole.'
          : 'Les vostres prioritats per a l’acció internacional.',
      );
    }
    const phase = ca.c.phases.consultation;
    await admin.getByRole('checkbox', { name: phase, exact: true }).check();
    await field(admin, tr(ca.c.editor.startsOn, { phase })).fill(isoDay(-1));
    await field(admin, tr(ca.c.editor.endsOn, { phase })).fill(isoDay(30));
    await admin.getByRole('button', { name: ca.c.editor.create }).click();
    await admin.getByRole('heading', { level: 1, name: tr(ca.c.editor.editTitle, { title: TITLE.ca }) }).waitFor();
    slug = new URL(admin.url()).pathname.split('/')[2];

    // The questionnaire (its builder has its own test): one choice and one open question.
    const consultation = await (await adminContext.request.get(`${app.baseUrl}/api/consultations/${slug}`)).json();
    const { token } = await (await adminContext.request.get(`${app.baseUrl}/api/auth/csrf`)).json();
    const built = await adminContext.request.put(`${app.baseUrl}/api/consultations/${consultation.id}/questionnaire`, {
      headers: { 'x-csrf-token': token },
      data: {
        sections: [
          {
            title: { fr: 'Vos priorités', ca: 'Les vostres prioritats' },
            questions: [
              {
                type: 'single_choice',
                required: true,
                prompt: { fr: 'Quelle ligne compte le plus pour vous ?', ca: 'Quina línia compta més per a vosaltres?' },
                options: LINES.map((l, i) => ({ key: `line${i + 1}`, label: l })),
              },
              { type: 'long_text', prompt: { fr: 'Votre proposition', ca: 'La vostra proposta' } },
            ],
          },
        ],
      },
    });
    expect(built.status()).toBe(200);

    await admin.getByRole('button', { name: ca.c.actions.publish.label, exact: true }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('button', { name: ca.c.actions.publish.label, exact: true }).click();
    await admin.getByText(ca.c.actions.publish.done).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await checkPage(admin, 'consultation editor');
    await screenshot(admin, 'adoption-05-consultation-published-ca-1280');
  });

  it('invites two institutions from a CSV file to the consultation’s interviews; the mails leave through the real SMTP server', async () => {
    await admin.goto(`${app.baseUrl}/admin/invitations`);
    await admin.getByRole('heading', { level: 1, name: ca.accounts.invitations.title }).waitFor();
    await field(admin, ca.accounts.invitations.target).selectOption('interviews');
    const which = admin.getByLabel(new RegExp(`^${escape(ca.accounts.invitations.targetId)}`));
    await which.locator('option', { hasText: TITLE.ca }).waitFor({ state: 'attached' });
    await which.selectOption({ label: TITLE.ca });
    await admin.getByRole('tab', { name: ca.accounts.invitations.csv }).click();
    const csv = [
      'name,email,organisation,category,country,language',
      `${INSTITUTION.name},${INSTITUTION.email},${INSTITUTION.organisation},civil_society,SN,fr`,
      'Jordi Pujol i Vila,jordi@universitat-perpinya.example,Institut de Recerca Transfronterera,academia,FR,ca',
    ].join('\n');
    await admin.locator('input[type="file"]').setInputFiles({ name: 'institutions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await admin.getByRole('button', { name: ca.accounts.invitations.csvSubmit }).click();
    await admin.getByText(tr(ca.accounts.invitations.created, { count: 2 })).waitFor();
    await admin
      .getByRole('row', { name: new RegExp(escape(INSTITUTION.email)) })
      .getByText(ca.accounts.invitations.states.sent)
      .waitFor();
    await checkPage(admin, 'invitations page');
    await screenshot(admin, 'adoption-06-invitations-ca-1280');
  });

  it('the institution follows the e-mailed link on a phone, joins in French and answers the consultation', async () => {
    const mail = await smtp.waitFor((m) => m.to.includes(INSTITUTION.email), 30_000);
    // In the invitee's language (French), naming the territory and the consultation.
    expect(mail.subject).toBe(tr(fr.accounts.mail.invitation.subject, { inviter: 'Administrator' }));
    expect(mail.text).toContain(TITLE.fr);
    assertNoReferenceCase('invitation e-mail', `${mail.subject}\n${mail.text}`);
    const link = new URL(linkIn(mail.text, '/invitation'));

    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Africa/Dakar', viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    await phone.goto(`${app.baseUrl}${link.pathname}${link.search}`);
    await phone.getByRole('heading', { level: 1, name: fr.accounts.invitation.title }).waitFor();
    await phone.getByText(INSTITUTION.organisation).first().waitFor();
    expect(await field(phone, fr.web.fields.email).inputValue()).toBe(INSTITUTION.email);
    await field(phone, fr.web.fields.password).fill('une phrase de passe pour Thiès');
    await phone.getByRole('checkbox').check();
    await checkPage(phone, 'invitation page');
    await screenshot(phone, 'adoption-07-invitation-fr-390');
    await phone.getByRole('button', { name: fr.accounts.invitation.create }).click();
    await phone.waitForURL((url) => url.pathname === '/');
    await phone.getByRole('heading', { level: 2, name: NAME.fr }).waitFor();
    await checkPage(phone, 'home (fr, invitee)');
    await screenshot(phone, 'adoption-08-home-fr-390');
    const me = await (await context.request.get(`${app.baseUrl}/api/me`)).json();
    expect(me).toMatchObject({ email: INSTITUTION.email, category: 'civil_society', emailVerified: true, preferredLanguage: 'fr' });

    await phone.goto(`${app.baseUrl}/consultations/${slug}`);
    await phone.getByRole('heading', { level: 1, name: TITLE.fr }).waitFor();
    await checkPage(phone, 'consultation page (fr)');
    await phone.getByRole('link', { name: fr.q.cta.answer }).click();
    await phone.getByRole('heading', { level: 1, name: fr.q.answer.title }).waitFor();
    await phone
      .getByRole('group', { name: /Quelle ligne compte le plus pour vous/ })
      .getByRole('radio', { name: LINES[0].fr })
      .check();
    await phone
      .getByRole('group', { name: /Votre proposition/ })
      .getByRole('textbox')
      .fill('Un programme d’échanges entre les communes de l’Isère et les villes du Sahel.');
    await phone.getByRole('button', { name: fr.q.answer.submit }).click();
    await phone.getByText(fr.q.answer.submitted).waitFor();
    await checkPage(phone, 'questionnaire sent (fr)');
    await screenshot(phone, 'adoption-09-answered-fr-390');
    await phone.setViewportSize({ width: 1280, height: 900 });
    await screenshot(phone, 'adoption-09-answered-fr-1280');
    await context.close();
  }, 120_000);

  it('the admin sees the invitation accepted and the answer counted', async () => {
    await admin.goto(`${app.baseUrl}/admin/invitations`);
    await field(admin, ca.accounts.invitations.target).selectOption('interviews');
    const which = admin.getByLabel(new RegExp(`^${escape(ca.accounts.invitations.targetId)}`));
    await which.locator('option', { hasText: TITLE.ca }).waitFor({ state: 'attached' });
    await which.selectOption({ label: TITLE.ca });
    await admin
      .getByRole('row', { name: new RegExp(escape(INSTITUTION.email)) })
      .getByText(ca.accounts.invitations.states.accepted)
      .waitFor();
    const consultation = await (await adminContext.request.get(`${app.baseUrl}/api/consultations/${slug}`)).json();
    const results = await (
      await adminContext.request.get(`${app.baseUrl}/api/consultations/${consultation.id}/questionnaire/results`)
    ).json();
    expect(results.respondents).toBe(1);
    assertNoReferenceCase('/api/consultations/:slug', JSON.stringify(consultation));
    const territory = await (await fetch(`${app.baseUrl}/api/territory`)).json();
    assertNoReferenceCase('/api/territory', JSON.stringify(territory));
    await admin.setViewportSize({ width: 390, height: 844 });
    await checkPage(admin, 'invitations page (accepted)');
    await screenshot(admin, 'adoption-10-invitations-accepted-ca-390');
  });
});
