briefingSearch.terms("ga",{"gaining":[0,1]});
