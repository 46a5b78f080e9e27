import { showNetworkPage } from '../../components/network/network-page';

showNetworkPage();
