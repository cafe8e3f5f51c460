// Small offers written for these tests (FR and EN), one per verdict of interest.

export const FR_FOCUSED_CM = `Community Manager H/F

Notre association cherche son community manager pour animer une communauté de 20 000 bénévoles.

Missions
- Animer la communauté et créer la conversation avec nos membres
- Modérer les échanges et les commentaires selon notre charte de modération
- Répondre aux messages et aux commentaires sous 24 heures
- Assurer la veille et l'écoute des réseaux sociaux (social listening)
- Gérer l'e-réputation et les situations de crise sur les réseaux
- Animer notre programme d'ambassadeurs et les groupes Facebook locaux
- Organiser les rendez-vous de la communauté (meetups, lives)

Profil
- Première expérience en community management
- Excellente plume, sens de l'écoute et diplomatie
`;

export const EN_FOCUSED_CM = `Community Manager

We are looking for a community manager to look after our community of makers.

What you will do
- Engage the community and spark conversations with our members
- Moderate discussions and comments following our moderation guidelines
- Reply to comments and direct messages every day
- Run social listening and monitor our online reputation
- Handle social media crises with the support team
- Grow our ambassador programme and our Discord server
- Organise community meetups and online events

About you
- Two years of experience in community management
- Empathetic, calm under pressure, great writer
`;

export const FR_OVERLOADED_CM = `Community Manager H/F

Rattaché(e) à la direction, vous animez notre communauté et prenez en charge toute notre communication digitale.

Missions
- Animer la communauté et modérer les commentaires sur nos réseaux sociaux
- Répondre aux messages des clients et gérer l'e-réputation
- Développer et maintenir le site internet en PHP, intégration HTML/CSS et JavaScript
- Créer les maquettes et développer les nouvelles pages du site WordPress
- Prendre des photos et tourner des vidéos de qualité, assurer le montage vidéo et la retouche photo
- Réaliser des motion designs pour nos campagnes
- Concevoir les supports graphiques : logos, affiches, brochures, identité visuelle

Profil
- Maîtrise de la suite Adobe (Photoshop, Illustrator, InDesign, Premiere Pro, After Effects)
- Maîtrise de PHP, HTML, CSS et JavaScript
`;

export const EN_OVERLOADED_CM = `Community Manager

You will run our community and handle all of our digital communication.

Responsibilities
- Engage and moderate our online community, reply to comments and messages
- Manage our online reputation
- Develop and maintain the company website in PHP, HTML/CSS and JavaScript
- Build new WordPress themes and plugins
- Shoot photos and videos, edit videos and retouch photos
- Create motion graphics for our campaigns
- Design logos, posters, brochures and our visual identity

Requirements
- Proficient in Adobe Photoshop, Illustrator, Premiere Pro and After Effects
- Strong PHP, HTML, CSS and JavaScript skills
`;

export const FR_STRETCHED_CM = `Community Manager H/F

Missions
- Animer la communauté et modérer les commentaires sur Instagram et Facebook
- Répondre aux messages et aux avis des clients
- Organiser des jeux-concours et relayer le contenu de nos clients
- Définir la stratégie social media de chaque réseau
- Élaborer le calendrier éditorial et planifier les publications sur les réseaux sociaux
- Produire les publications, piloter la croissance de l'audience et suivre les indicateurs d'engagement et de portée
- Créer des visuels simples sur Canva

Profil
- Bac+3 en communication, à l'aise avec Canva
`;

export const EN_FOCUSED_WEB_DEV = `Front-end Web Developer

Responsibilities
- Develop new features of our web application in JavaScript and TypeScript
- Integrate mock-ups into HTML/CSS pages
- Write automated tests and review code
- Maintain our WordPress sites and develop custom plugins in PHP

Requirements
- Three years of experience with React, HTML, CSS and PHP
- Git and continuous integration
`;
