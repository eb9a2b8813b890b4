briefingSearch.terms("mo",{"modernizing":[0,1],"moment":[0,1],"monday":[0,2],"month":[1,1],"more":[0,2],"moscow":[0,1,1,5]});
