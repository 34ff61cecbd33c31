"""Expected category sets for holdout20, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # isannointi-kivirinne.txt: property-management office (isännöintitoimisto), Finnish plain text
    #  pasted from Word, Yrittäjät/henkilötietolaki-2018 template with numbered headings; data heading
    #  "5. Rekisteriin talletettavat tiedot", listed per data-subject group: osakkaat ("•\t" bullets),
    #  asukkaat, hallituksen jäsenet (run-together "- nimi- asema ..." line), urakoitsijoiden
    #  yhteyshenkilöt (one sentence).
    #  nimi -> name; henkilötunnus -> personal_identity_code; osoite -> address; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; vastikelaskut, viitenumerot, suoritetut ja avoimet maksut -> billing;
    #  tilinumero -> bank_account; asema hallituksessa -> job_title; edustamansa yritys -> organization.
    #  Counted as nothing: huoneiston/osakkeiden numerot, omistusosuus, suostumus sähköiseen
    #  kokouskutsuun (not marketing), muuttopäivä, autopaikan numero + ajoneuvon rekisterinumero,
    #  luovutetut avaimet, toimikausi, vika- ja huoltoilmoitukset (messages). Not counted from other
    #  sections: staff käyttäjätunnus/salasana and kameravalvonta (security), suoramarkkinointikielto
    #  (rights section; notice says data are not used for marketing).
    "isannointi-kivirinne.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "billing", "bank_account", "job_title", "organization",
    },
    # kosmetiikka-lumikuu.html: cosmetics web shop, Finnish, whole saved Shopify page (announcement bar,
    #  nav, newsletter form, footer with payment-method logos, cookie banner, cart drawer); polished
    #  notice with question headings; data in a <ul> under "Mitä henkilötietoja keräämme?".
    #  etu- ja sukunimi -> name; laskutus- ja toimitusosoite -> address; sähköpostiosoite -> email;
    #  puhelinnumero -> phone; ostetut tuotteet, tilaushistoria -> order_history; maksutiedot (maksutapa,
    #  maksun tila) -> billing; salasana -> credentials; syntymäpäivä -> birth_date; allergiat tai
    #  yliherkkyydet -> health; uutiskirjeen tilaus ja markkinointiluvat -> marketing_consent;
    #  alennuskoodit -> coupons; Laitetiedot: IP-osoite -> ip_address, selaimen tyyppi/versio +
    #  evästetunnisteet -> online_identifier. The cookie section's "IP-osoite ja selaintiedot" is
    #  presented as data this shop processes (it points back to Laitetiedot), so it agrees with the list.
    #  Counted as nothing: bonuspisteet (loyalty), ihotyyppi, palautukset-as-such, card numbers ("Emme
    #  tallenna maksukorttien numeroita" -> no payment_card), footer Visa/Mastercard logos, newsletter
    #  form and cookie banner boilerplate.
    "kosmetiikka-lumikuu.html": {
        "name", "address", "email", "phone", "order_history", "billing", "credentials",
        "birth_date", "health", "marketing_consent", "coupons", "ip_address", "online_identifier",
    },
    # paivakoti-metsatiainen.txt: private day-care centre, Finnish, web-page copy of a form-generated
    #  notice: tab-separated two-column table with <p>/<ul><li> HTML in the cells and continuation rows
    #  starting with a tab; site menu and footer lines around it. Data under "Rekisterin sisältämät
    #  henkilötiedot", per group: Lapsesta / Huoltajista / Muut hakemiseen oikeutetut.
    #  nimi -> name; henkilötunnus -> personal_identity_code; kotiosoite/osoite -> address; uskontokunta
    #  -> special_category; allergiat, erityisruokavaliot, pitkäaikaissairaudet, lääkitys,
    #  lääkehoitosuunnitelma -> health; puhelinnumero, työpaikan puhelinnumero -> phone;
    #  sähköpostiosoite -> email; työnantaja -> organization; laskutustiedot: hoitomaksut,
    #  palvelusetelipäätös, maksuhistoria -> billing.
    #  Counted as nothing: äidinkieli, kansalaisuus, varhaiskasvatussuunnitelma (vasu), hoitoajat ja
    #  läsnäolopäivät; valokuvat and kameravalvonta (other sections); staff käyttäjätunnus/salasana and
    #  parents' strong authentication (security section); Varda disclosure repeats already-listed items.
    "paivakoti-metsatiainen.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "organization", "health", "special_category", "billing",
    },
    # language-school-sanasilta.md: adult Finnish-language school, English Markdown, polished GDPR
    #  notice with question headings and a purpose/legal-basis table; data under "What personal data do
    #  we process?" as bold sub-headings per group (Students / Contact persons of corporate customers /
    #  Job applicants) with bullet lists.
    #  first and last name -> name; date of birth -> birth_date; contact details (email address and
    #  mobile phone number) -> email, phone only (group word followed by items); postal address ->
    #  address; courses booked and taken, course offers -> order_history; invoices, reference numbers,
    #  payment status -> billing; personal identity code -> personal_identity_code; username ->
    #  online_identifier; password -> credentials; newsletter subscription and marketing consents ->
    #  marketing_consent; the company you represent -> organization; job title -> job_title.
    #  Counted as nothing: native language, nationality, Finnish level/attendance/results, CV, degrees,
    #  qualifications, work history, interview notes; health data (asked NOT to be sent). Cookie
    #  section: IP address/browser info is said to be collected by third parties as independent
    #  controllers and not received or stored by the school -> NOT counted (no ip_address from it).
    "language-school-sanasilta.md": {
        "name", "birth_date", "email", "phone", "address", "order_history", "billing",
        "personal_identity_code", "online_identifier", "credentials", "marketing_consent",
        "organization", "job_title",
    },
    # laddning-voltora.html: EV-charging app, Swedish, whole saved WordPress-style page (cookie banner,
    #  header nav, language switch, footer with app-store links); numbered headings; data in an HTML
    #  <table> "Uppgiftsgrupp | Uppgifter" under "5. Vilka personuppgifter behandlar vi?" plus a
    #  following paragraph about company accounts.
    #  namn -> name; e-postadress -> email; mobiltelefonnummer -> phone (Grunduppgifter followed by its
    #  items); användarnamn -> online_identifier; lösenord -> credentials; genomförda laddningar, köpta
    #  laddningspaket och abonnemang -> order_history; betalningssätt, kvitton och fakturor -> billing;
    #  enhetens position (GPS) -> location; enhets-ID, operativsystem/appversion -> online_identifier;
    #  IP-adress -> ip_address; samtycke till nyhetsbrev och erbjudanden -> marketing_consent; företag
    #  (arbetsgivare) -> organization; faktureringsadress -> address.
    #  Counted as nothing: språkval, bilmärke/modell, registreringsnummer, kundtjänst messages,
    #  kortnummer (explicitly not stored -> no payment_card), personbeteckningar (explicitly not
    #  processed), anonymt laddnings-ID in the disclosure section. Cookie section (IP-adress,
    #  webbläsare) is presented as data the site collects; it adds nothing beyond the table's ip_address
    #  and online_identifier either way.
    "laddning-voltora.html": {
        "name", "email", "phone", "online_identifier", "credentials", "order_history", "billing",
        "location", "ip_address", "marketing_consent", "organization", "address",
    },
}
